// The notice shown when another tab deleted the scenario this tab has open: autosave stops (there is no
// record left to save to) and the user chooses to keep this tab's version as a new scenario or let it go.
import { useState } from 'react';
import { useScenario } from '../state/ScenarioContext';
import { routeHref } from './routes';
import './conflictNotice.css';

/** The deletion banner under the top bar, while the open scenario is deleted elsewhere. */
export function DeletedNotice() {
  const { scenario, deletedElsewhere, library } = useScenario();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!deletedElsewhere || !library) return null;

  const choose = async (choice: 'keep' | 'discard') => {
    if (busy) return;
    setBusy(true);
    const result = choice === 'keep' ? await library.keepDeletedAsNew() : await library.discardDeleted();
    setBusy(false);
    setProblem(result.type === 'failure' ? result.errors.map((e) => e.message).join(' ') : null);
  };

  return (
    <section className="conflict-notice" role="alert" aria-labelledby="deleted-notice-title">
      <h2 id="deleted-notice-title">This scenario was deleted in another tab</h2>
      <p>
        “{scenario.name}” is no longer saved in this browser. This tab still shows its version, but nothing you change
        here is saved until you choose. See all saved scenarios on the <a href={routeHref('scenarios')}>Scenarios</a>{' '}
        page.
      </p>
      <ul className="conflict-choices wide">
        <li>
          <button
            type="button"
            className="btn btn-primary"
            aria-disabled={busy}
            aria-describedby="deleted-keep"
            onClick={() => void choose('keep')}
          >
            Save this tab&apos;s version as a new scenario
          </button>
          <span id="deleted-keep">Stores what this tab shows as a new saved scenario and keeps working in it.</span>
        </li>
        <li>
          <button
            type="button"
            className="btn"
            aria-disabled={busy}
            aria-describedby="deleted-discard"
            onClick={() => void choose('discard')}
          >
            Discard it and open another scenario
          </button>
          <span id="deleted-discard">
            Lets this tab&apos;s version go and opens the most recently saved scenario (or a fresh Example Corp).
          </span>
        </li>
      </ul>
      {problem && <p className="banner banner-error">{problem}</p>}
    </section>
  );
}
