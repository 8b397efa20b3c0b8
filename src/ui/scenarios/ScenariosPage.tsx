// The Scenarios page: every scenario saved in this browser, which one this tab has open, and the actions
// on them (open, new from Example Corp, new empty account, rename, duplicate, delete, export, import).
// Everything goes through the scenario library (src/ui/state); nothing here touches storage itself.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { Result } from '../../model';
import type { ScenarioSummary } from '../../storage';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { formatTime } from '../components/format';
import type { ScenarioLibrary } from '../state/scenarioLibrary';
import { formatAccountId, useScenarioActions, useStorageStatus } from '../state/ScenarioContext';
import { downloadText } from '../components/download';
import { DeleteScenarioDialog, NewEmptyScenarioDialog, RenameScenarioDialog } from './scenarioDialogs';
import './scenarios.css';

/** Which dialog is open, and for which scenario. */
type DialogState = { kind: 'rename' | 'delete'; scenario: ScenarioSummary } | { kind: 'new-empty' } | null;

/** What the last action did, shown above the list. */
type Outcome = { ok: boolean; text: string } | null;

const failureText = (r: { errors: { message: string }[] }) => r.errors.map((e) => e.message).join(' ');
/** Words a deletion; `reopened` is passed when the deleted scenario was open, to say what opened instead. */
const deletedText = (name: string, reopened: ScenarioLibrary | null) =>
  reopened ? `Deleted “${name}”; “${reopened.current.sync.state.scenario.name}” is open now.` : `Deleted “${name}”.`;

/** The saved scenarios, re-read whenever any tab changes one. */
function useScenarioList(library: ScenarioLibrary | null) {
  const [scenarios, setScenarios] = useState<ScenarioSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    if (!library) return;
    const listed = await library.list();
    if (listed.type === 'success') setScenarios(listed.value);
    setProblem(listed.type === 'failure' ? failureText(listed) : null);
  }, [library]);
  useEffect(() => {
    if (!library) return;
    void refresh();
    return library.watch(() => void refresh());
  }, [library, refresh]);
  return { scenarios, problem };
}

/** The Scenarios section. */
export function ScenariosPage() {
  // Not the scenario itself: the page lists saved records, so an edit need not re-render it.
  const { library, openId } = useScenarioActions();
  const storage = useStorageStatus();
  const { scenarios, problem } = useScenarioList(library);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Opening or deleting removes the button that had focus (Open on the row now open, the deleted row's
  // Delete): keep keyboard and screen reader users on the page rather than at the top of the document.
  useEffect(() => {
    if (document.activeElement === document.body) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [scenarios, openId]);

  /**
   * Runs an action and reports it: `done` words a success; a failure shows the library's message after
   * `failed`, or (with `failed` null) is left to the dialog that ran it.
   */
  const run = async <T,>(
    action: Promise<Result<T>>,
    done: (value: T) => string,
    failed: string | null,
  ): Promise<Result<T>> => {
    const result = await action;
    if (result.type === 'success') setOutcome({ ok: true, text: done(result.value) });
    else if (failed !== null) setOutcome({ ok: false, text: `${failed}: ${failureText(result)}` });
    return result;
  };

  const header = (
    <PageHeader
      title="Scenarios"
      description="Each scenario is a whole simulated world (accounts, organization, resources) saved in this browser. Open one to work in it; other tabs keep the scenario they have open."
    />
  );
  if (!library) {
    const why =
      storage.state === 'loading'
        ? 'Opening the browser’s storage…'
        : 'The browser’s storage is not available, so scenarios cannot be saved or switched here.';
    return (
      <>
        {header}
        <p className="muted">{why}</p>
      </>
    );
  }

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again fires another change.
    e.target.value = '';
    if (!file) return;
    await run(
      library.importText(await file.text()),
      (m) => `Imported “${m.name}” from ${file.name}. Open it from the list.`,
      `Could not import ${file.name}`,
    );
  };

  const exportScenario = async (s: ScenarioSummary) => {
    const file = await run(
      library.exportFile(s.id),
      (f) => `Exported “${s.name}” as ${f.fileName}.`,
      `Could not export “${s.name}”`,
    );
    if (file.type === 'success') downloadText(file.value.fileName, file.value.text, 'application/json');
  };

  const actionsFor = (s: ScenarioSummary) => (
    <div className="scenario-actions">
      {s.id !== openId && (
        <button
          type="button"
          className="btn btn-primary"
          aria-label={`Open ${s.name}`}
          onClick={() => void run(library.open(s.id), () => `Opened “${s.name}”.`, `Could not open “${s.name}”`)}
        >
          Open
        </button>
      )}
      <button
        type="button"
        className="btn"
        aria-label={`Rename ${s.name}`}
        onClick={() => setDialog({ kind: 'rename', scenario: s })}
      >
        Rename
      </button>
      <button
        type="button"
        className="btn"
        aria-label={`Duplicate ${s.name}`}
        onClick={() =>
          void run(
            library.duplicate(s.id),
            (m) => `Saved a copy of “${s.name}” as “${m.name}”.`,
            `Could not duplicate “${s.name}”`,
          )
        }
      >
        Duplicate
      </button>
      <button type="button" className="btn" aria-label={`Export ${s.name}`} onClick={() => void exportScenario(s)}>
        Export
      </button>
      <button
        type="button"
        className="btn"
        aria-label={`Delete ${s.name}`}
        onClick={() => setDialog({ kind: 'delete', scenario: s })}
      >
        Delete
      </button>
    </div>
  );

  return (
    <>
      {header}
      <div className="scenario-toolbar">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() =>
            void run(
              library.createFromExample(),
              (m) => `Created and opened “${m.name}”, a fresh copy of Example Corp.`,
              'Could not create the scenario',
            )
          }
        >
          New from Example Corp
        </button>
        <button type="button" className="btn" onClick={() => setDialog({ kind: 'new-empty' })}>
          New empty account
        </button>
        <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
          Import from file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => void importFile(e)}
          data-testid="import-file"
        />
      </div>
      {/* Always present so that screen readers announce each outcome. */}
      <div role="status" className="scenario-outcome">
        {outcome?.ok && <p className="banner banner-info">{outcome.text}</p>}
      </div>
      {outcome && !outcome.ok && (
        <p className="banner banner-error" role="alert">
          {outcome.text}
        </p>
      )}
      {problem && (
        <p className="banner banner-error" role="alert">
          {problem}
        </p>
      )}
      {scenarios && (
        <DataTable<ScenarioSummary>
          title="Saved scenarios"
          rows={scenarios}
          rowKey={(s) => s.id}
          columns={[
            {
              header: 'Name',
              text: (s) => s.name,
              render: (s) => (
                <>
                  {s.name}
                  {s.id === openId && <span className="badge badge-open">Open in this tab</span>}
                </>
              ),
            },
            {
              header: 'Accounts',
              text: (s) => s.accounts.map((a) => `${a.alias ?? a.name} ${a.id}`).join(', '),
              render: (s) => (
                <ul className="scenario-accounts">
                  {s.accounts.map((a) => (
                    <li key={a.id}>
                      {a.alias ?? a.name} <span className="muted">({formatAccountId(a.id)})</span>
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              header: 'Last saved',
              text: (s) => new Date(s.updatedAt).toISOString(),
              render: (s) => formatTime(new Date(s.updatedAt).toISOString()),
            },
            { header: 'Actions', text: () => '', render: actionsFor },
          ]}
        />
      )}
      {dialog?.kind === 'rename' && (
        <RenameScenarioDialog
          scenario={dialog.scenario}
          onClose={() => setDialog(null)}
          rename={(name) =>
            run(
              library.rename(dialog.scenario.id, name),
              (m) => `Renamed “${dialog.scenario.name}” to “${m.name}”.`,
              null,
            )
          }
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteScenarioDialog
          scenario={dialog.scenario}
          isOpen={dialog.scenario.id === openId}
          onClose={() => setDialog(null)}
          remove={() =>
            run(
              library.remove(dialog.scenario.id),
              () => deletedText(dialog.scenario.name, dialog.scenario.id === openId ? library : null),
              null,
            )
          }
        />
      )}
      {dialog?.kind === 'new-empty' && (
        <NewEmptyScenarioDialog
          taken={(scenarios ?? []).map((s) => s.name)}
          onClose={() => setDialog(null)}
          create={(name, accountId) =>
            run(library.createEmpty(name, accountId), (m) => `Created and opened “${m.name}”.`, null)
          }
        />
      )}
    </>
  );
}
