// The notice shown when another tab saved the open scenario while this tab had changes not saved yet:
// autosave is paused and the user chooses what happens to each version, so nothing is lost silently.
import { useEffect, useRef } from 'react';
import { useScenario } from '../state/ScenarioContext';
import type { ConflictChoice } from '../state/scenarioSync';
import { copyName } from '../state/scenarioSync';
import { routeHref } from './routes';
import './conflictNotice.css';

const CHOICES: { choice: ConflictChoice; label: string; explain: (name: string) => string }[] = [
  {
    choice: 'keep-this-tab',
    label: "Keep this tab's version",
    explain: () => "Saves what this tab shows over the other tab's changes; the other tab then shows it too.",
  },
  {
    choice: 'take-other-tab',
    label: "Use the other tab's version",
    explain: () => "Discards this tab's unsaved changes and shows what the other tab saved.",
  },
  {
    choice: 'save-copy',
    label: "Save this tab's version as a copy",
    explain: (name) =>
      `Stores this tab's version in this browser as a new scenario, “${copyName(name)}”, then shows the other tab's ` +
      'version. Open the copy from the Scenarios page.',
  },
];

/** The conflict banner under the top bar (while a conflict is open) and the confirmation of a saved copy. */
export function ConflictNotice() {
  const { scenario, conflict, resolveConflict, savedCopy, dismissSavedCopy } = useScenario();
  const busy = conflict?.resolving ?? false;
  const wasOpen = useRef(false);

  useEffect(() => {
    // The chosen button disappears with the banner: give keyboard focus a sensible place instead of <body>.
    if (wasOpen.current && !conflict && document.activeElement === document.body)
      document.getElementById('main')?.focus({ preventScroll: true });
    wasOpen.current = conflict !== null;
  }, [conflict]);

  return (
    <>
      {conflict && (
        <section className="conflict-notice" role="alert" aria-labelledby="conflict-notice-title">
          <h2 id="conflict-notice-title">This scenario was changed in another tab</h2>
          <p>
            Another tab saved “{scenario.name}” while this tab had changes that are not saved yet. Autosave is paused
            here: what you change now stays in this tab until you choose which version to keep.
          </p>
          <ul className="conflict-choices">
            {CHOICES.map(({ choice, label, explain }, i) => (
              <li key={choice}>
                {/* aria-disabled rather than disabled: the focused button keeps focus while the choice is saved. */}
                <button
                  type="button"
                  className={i === 0 ? 'btn btn-primary' : 'btn'}
                  aria-disabled={busy}
                  aria-describedby={`conflict-${choice}`}
                  onClick={() => !busy && resolveConflict(choice)}
                >
                  {label}
                </button>
                <span id={`conflict-${choice}`}>{explain(scenario.name)}</span>
              </li>
            ))}
          </ul>
          {busy && <p className="muted">Saving your choice…</p>}
        </section>
      )}
      {/* Always present so that screen readers announce the confirmation when it appears. */}
      <div role="status" className={savedCopy ? 'copy-saved' : undefined}>
        {savedCopy && (
          <>
            <span>
              This tab&apos;s version was saved in this browser as “{savedCopy}”; you now see the other tab&apos;s
              version. <a href={routeHref('scenarios')}>Open the copy from the Scenarios page</a>.
            </span>
            <button type="button" className="btn" onClick={dismissSavedCopy}>
              Dismiss
            </button>
          </>
        )}
      </div>
    </>
  );
}
