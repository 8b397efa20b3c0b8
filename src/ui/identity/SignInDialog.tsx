// Console sign-in as an IAM user, as the sign-in page asks for it: account (id or alias), user name,
// password, and the MFA code when the user has an MFA device. Nothing is authorized here: sign-in yields
// the identity that later actions are authorized as. A password that must be changed leads to the console's
// change-password step before the sign-in completes.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { createPortal } from 'react-dom';
import type { UserIdentity } from '../../api';
import { signIn } from '../../api';
import { ApiErrorNotice } from '../actions/AccessDeniedNotice';
import { useScenarioAction } from '../actions/useApiCall';
import { actingAccount, useScenario } from '../state/ScenarioContext';
import type { PasswordChangeReason } from './ChangePasswordStep';
import { ChangePasswordStep } from './ChangePasswordStep';

/** A modal sign-in form; `onClose` runs after a successful sign-in or a cancel. */
export function SignInDialog({ onClose }: { onClose: () => void }) {
  const { scenario } = useScenario();
  const { act, busy } = useScenarioAction();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [account, setAccount] = useState(() => actingAccount(scenario).alias ?? actingAccount(scenario).id);
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [mfaCode, setMfaCode] = useState('');
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [mustChange, setMustChange] = useState<{ identity: UserIdentity; reason: PasswordChangeReason } | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const request = {
      account: account.trim(),
      userName: userName.trim(),
      password,
      mfaCode: mfaCode.trim() || undefined,
    };
    const result = await act(async (latest, run) => {
      const out = await run((ctx) => signIn(ctx, latest, request));
      return { scenario: out.result.type === 'success' ? out.scenario : null, value: out.result };
    });
    if (result.type === 'failure') return setError(result.errors[0]);
    const { identity, passwordResetRequired, passwordExpired } = result.value;
    if (passwordResetRequired || passwordExpired)
      return setMustChange({ identity, reason: passwordResetRequired ? 'resetRequired' : 'expired' });
    close();
  };
  // Closing the modal element (whose close event calls onClose) lets focus return to the identity menu;
  // focus moved while the dialog is still modal would be refused, and then lost to the body.
  const close = () => dialogRef.current?.close();

  // In the document body, so the top bar's styles do not reach the form.
  return createPortal(
    <dialog ref={dialogRef} className="identity-dialog" aria-labelledby={titleId} onClose={onClose}>
      {mustChange ? (
        <ChangePasswordStep
          {...mustChange}
          accountLabel={account.trim()}
          titleId={titleId}
          onCancel={close}
          onDone={close}
        />
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <h2 id={titleId}>Sign in as IAM user</h2>
          <label className="field">
            Account ID or alias
            <input required value={account} onChange={(e) => setAccount(e.target.value)} autoComplete="off" />
          </label>
          <label className="field">
            IAM user name
            <input required value={userName} onChange={(e) => setUserName(e.target.value)} autoComplete="off" />
          </label>
          <label className="field">
            Password
            <input
              required
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="off"
            />
          </label>
          <label className="field">
            MFA code <span className="muted">(if the user has an MFA device)</span>
            <input
              value={mfaCode}
              onChange={(e) => setMfaCode(e.target.value)}
              inputMode="numeric"
              autoComplete="one-time-code"
            />
          </label>
          {error && <ApiErrorNotice code={error.code} message={error.message} />}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              Sign in
            </button>
          </div>
        </form>
      )}
    </dialog>,
    document.body,
  );
}
