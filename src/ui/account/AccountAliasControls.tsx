// Creating, editing and deleting the account alias from the dashboard (the sign-in URL follows it).
import { useState } from 'react';
import type { Account } from '../../model';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { aliasProblem } from './accountAlias';
import { step } from '../actions/apiSteps';
import { useRunSteps } from '../actions/useRunSteps';
import '../components/wizards.css';

/** Create / Edit / Delete buttons for the alias and the form to type a new one. */
export function AccountAliasControls({ account }: { account: Account }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const { run, failure, busy } = useRunSteps();

  const save = async () => {
    const alias = (editing ?? '').trim();
    const found = aliasProblem(alias);
    setProblem(found);
    if (found) return;
    // An account has one alias: CreateAccountAlias overwrites the previous one, as editing in the console does.
    if (await run([step('iam:CreateAccountAlias', { AccountAlias: alias })])) setEditing(null);
  };
  const remove = async () => {
    setConfirmingDelete(false);
    if (account.alias) await run([step('iam:DeleteAccountAlias', { AccountAlias: account.alias })]);
  };

  return (
    <div className="stack">
      {editing === null ? (
        <p className="wizard-buttons">
          <button
            type="button"
            className="btn"
            onClick={() => {
              setEditing(account.alias ?? '');
              setProblem(null);
            }}
          >
            {account.alias ? 'Edit' : 'Create'} alias
          </button>
          {account.alias &&
            (confirmingDelete ? (
              <>
                <span role="status">Delete {account.alias}? Its sign-in URL stops working.</span>
                <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void remove()}>
                  Confirm delete
                </button>
                <button type="button" className="btn" onClick={() => setConfirmingDelete(false)}>
                  Keep alias
                </button>
              </>
            ) : (
              <button type="button" className="btn" onClick={() => setConfirmingDelete(true)}>
                Delete alias
              </button>
            ))}
        </p>
      ) : (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          noValidate
        >
          <label className="field">
            <span>Preferred alias</span>
            <input
              value={editing}
              onChange={(e) => {
                setEditing(e.target.value);
                setProblem(null);
              }}
              aria-describedby="alias-hint"
              autoComplete="off"
            />
            <small id="alias-hint" className="muted">
              3–63 lowercase letters, digits and hyphens; it must be unique across AWS.
            </small>
          </label>
          {problem && (
            <p className="wizard-problem" role="alert">
              {problem}
            </p>
          )}
          <p className="wizard-buttons">
            <button type="button" className="btn" onClick={() => setEditing(null)}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              Save changes
            </button>
          </p>
        </form>
      )}
      {failure && <CallFailureNotice outcome={failure} />}
    </div>
  );
}
