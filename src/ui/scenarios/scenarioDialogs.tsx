// The Scenarios page's dialogs: rename a scenario, create one with an empty account, confirm a deletion.
import { useId, useState } from 'react';
import type { Result } from '../../model';
import { newAccountId, systemEnv } from '../../model';
import type { ScenarioSummary } from '../../storage';
import { MAX_SCENARIO_NAME, uniqueName } from '../state/scenarioNames';
import { ScenarioDialog } from './ScenarioDialog';

/** Asks for a scenario's new name. */
export function RenameScenarioDialog({
  scenario,
  rename,
  onClose,
}: {
  scenario: ScenarioSummary;
  rename: (name: string) => Promise<Result<unknown>>;
  onClose: () => void;
}) {
  const [name, setName] = useState(scenario.name);
  return (
    <ScenarioDialog
      title={`Rename “${scenario.name}”`}
      submitLabel="Rename"
      onSubmit={() => rename(name)}
      onClose={onClose}
    >
      <label className="field">
        Name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={MAX_SCENARIO_NAME}
          autoComplete="off"
          required
        />
      </label>
    </ScenarioDialog>
  );
}

/** Asks for the name and the 12-digit account id of a new scenario with one empty account. */
export function NewEmptyScenarioDialog({
  taken,
  create,
  onClose,
}: {
  taken: string[];
  create: (name: string, accountId: string) => Promise<Result<unknown>>;
  onClose: () => void;
}) {
  const [name, setName] = useState(() => uniqueName('Empty account', taken));
  const [accountId, setAccountId] = useState(() => newAccountId(systemEnv));
  const hintId = useId();
  return (
    <ScenarioDialog
      title="New scenario with an empty account"
      submitLabel="Create and open"
      onSubmit={() => create(name, accountId.trim())}
      onClose={onClose}
    >
      <p className="muted">One AWS account with no users, groups, roles or policies; you act as its root user.</p>
      <label className="field">
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={50} autoComplete="off" required />
      </label>
      <label className="field">
        Account ID
        <input
          value={accountId}
          onChange={(e) => setAccountId(e.target.value)}
          inputMode="numeric"
          autoComplete="off"
          required
          aria-describedby={hintId}
        />
      </label>
      <p id={hintId} className="muted field-hint">
        12 digits. A random one is filled in; type your own to match a lesson.
      </p>
    </ScenarioDialog>
  );
}

/** Confirms a deletion, saying what opens instead when the scenario is the open one. */
export function DeleteScenarioDialog({
  scenario,
  isOpen,
  remove,
  onClose,
}: {
  scenario: ScenarioSummary;
  isOpen: boolean;
  remove: () => Promise<Result<unknown>>;
  onClose: () => void;
}) {
  return (
    <ScenarioDialog
      title={`Delete “${scenario.name}”?`}
      submitLabel="Delete"
      danger
      onSubmit={remove}
      onClose={onClose}
    >
      <p>The scenario is removed from this browser, and this cannot be undone. To keep a copy, export it first.</p>
      {isOpen && (
        <p>
          <strong>It is open in this tab:</strong> the most recently saved other scenario opens instead (a fresh Example
          Corp if there is none).
        </p>
      )}
    </ScenarioDialog>
  );
}
