// The console's Switch role page as a dialog: account (id or alias), role name, display name and colour.
// The switch is sts:AssumeRole through the API as the signed-in identity, so a denial shows AccessDenied.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { useScenarioAction } from '../actions/useApiCall';
import { actingAccount, useScenario } from '../state/ScenarioContext';
import type { SwitchOutcome, SwitchRoleForm } from './identitySwitching';
import { ROLE_COLORS, switchRoleFromConsole } from './identitySwitching';

/** A modal Switch role form, optionally prefilled (a switch-role link); `onClose` runs after a successful switch or a cancel. */
export function SwitchRoleDialog({
  onClose,
  initial = {},
}: {
  onClose: () => void;
  initial?: Partial<SwitchRoleForm>;
}) {
  const { scenario } = useScenario();
  const { act, busy } = useScenarioAction();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [account, setAccount] = useState(() => initial.account || actingAccount(scenario).id);
  const [roleName, setRoleName] = useState(initial.roleName ?? '');
  const [displayName, setDisplayName] = useState(initial.displayName ?? '');
  const [color, setColor] = useState(initial.color ?? 'blue');
  const [failure, setFailure] = useState<SwitchOutcome | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const out = await act(async (latest, run) => {
      const switched = await run((ctx) =>
        switchRoleFromConsole(ctx, latest, { account, roleName, displayName, color }),
      );
      return { scenario: switched.result.type === 'success' ? switched.scenario : null, value: switched };
    });
    if (out.result.type === 'failure') return setFailure(out);
    // Close the modal element (its close event calls onClose): focus moved while it is still modal would be lost.
    dialogRef.current?.close();
  };

  // In the document body, so the top bar's styles do not reach the form.
  return createPortal(
    <dialog ref={dialogRef} className="identity-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>Switch role</h2>
        <p className="muted">
          Use a role in this or another account. Your permissions become the role&apos;s until you go back.
        </p>
        <label className="field">
          Account ID or alias
          <input required value={account} onChange={(e) => setAccount(e.target.value)} autoComplete="off" />
        </label>
        <label className="field">
          IAM role name
          <input required value={roleName} onChange={(e) => setRoleName(e.target.value)} autoComplete="off" />
        </label>
        <label className="field">
          Display name <span className="muted">(optional)</span>
          <input
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            maxLength={64}
            autoComplete="off"
          />
        </label>
        <fieldset className="color-choices">
          <legend>Display color</legend>
          {ROLE_COLORS.map((c) => (
            <label key={c.name} className="color-choice">
              <input
                type="radio"
                name="role-color"
                value={c.name}
                checked={color === c.name}
                onChange={() => setColor(c.name)}
              />
              <span className="role-swatch" style={{ background: c.css }} aria-hidden="true" />
              {c.label}
            </label>
          ))}
        </fieldset>
        {failure && <CallFailureNotice outcome={failure} />}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Switch role
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
