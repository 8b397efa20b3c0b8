// The console's second sign-in step when the password must be changed (an administrator required it, or it
// outlived the password policy's maximum age): old password, new password twice. The sign-in completes
// only when iam:ChangePassword, authorized as the user, succeeds.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { UserIdentity } from '../../api';
import { signInWithNewPassword } from '../../api';
import { ApiErrorNotice, CallFailureNotice } from '../actions/AccessDeniedNotice';
import type { CallOutcome } from '../actions/useApiCall';
import { useScenarioAction } from '../actions/useApiCall';

/** Why the user must choose a new password before continuing. */
export type PasswordChangeReason = 'resetRequired' | 'expired';

const EXPLANATION: Record<PasswordChangeReason, string> = {
  resetRequired: 'Your administrator requires you to choose a new password before you continue.',
  expired: 'Your password has expired. Choose a new one to continue.',
};

type Failure = { local: string } | { outcome: CallOutcome<'iam:ChangePassword'> };

/** The change-password form; `onDone` runs once the new password is set and the user is signed in. */
export function ChangePasswordStep({
  identity,
  accountLabel,
  reason,
  titleId,
  onCancel,
  onDone,
}: {
  identity: UserIdentity;
  accountLabel: string;
  reason: PasswordChangeReason;
  titleId: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { act, busy } = useScenarioAction();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [retyped, setRetyped] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (newPassword !== retyped) return setFailure({ local: 'The new passwords do not match.' });
    const passwords = { OldPassword: oldPassword, NewPassword: newPassword };
    const outcome = await act(async (latest, run) => {
      const out = await run((ctx) => signInWithNewPassword(ctx, latest, identity, passwords));
      return {
        scenario: out.result.type === 'success' ? out.scenario : null,
        value: { result: out.result, authorization: out.authorization },
      };
    });
    if (outcome.result.type === 'failure') return setFailure({ outcome });
    onDone();
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <h2 id={titleId}>Change password</h2>
      <p>{EXPLANATION[reason]}</p>
      <dl className="change-password-who">
        <div>
          <dt>AWS account</dt>
          <dd>{accountLabel}</dd>
        </div>
        <div>
          <dt>IAM user name</dt>
          <dd>{identity.userName}</dd>
        </div>
      </dl>
      <label className="field">
        Old password
        <input
          required
          type="password"
          value={oldPassword}
          onChange={(e) => setOldPassword(e.target.value)}
          autoComplete="current-password"
        />
      </label>
      <label className="field">
        New password
        <input
          required
          type="password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          autoComplete="new-password"
        />
      </label>
      <label className="field">
        Retype new password
        <input
          required
          type="password"
          value={retyped}
          onChange={(e) => setRetyped(e.target.value)}
          autoComplete="new-password"
        />
      </label>
      {failure &&
        ('local' in failure ? (
          <ApiErrorNotice code="PasswordMismatch" message={failure.local} />
        ) : (
          <CallFailureNotice outcome={failure.outcome} />
        ))}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Confirm password change
        </button>
      </div>
    </form>
  );
}
