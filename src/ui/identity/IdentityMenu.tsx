// The identity menu of the top bar: shows who is acting (a role's display name in its colour) and lets a
// person act as the root user or an IAM user (directly, or by signing in with a password), switch role (with the recent-roles history) and go back.
import { useEffect, useId, useRef, useState } from 'react';
import { requestTimeMs } from '../../api';
import { isoSeconds } from '../../model';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { consoleEnv } from '../actions/consoleApi';
import { useScenarioAction } from '../actions/useApiCall';
import { actingAccount, useScenario } from '../state/ScenarioContext';
import type { SwitchOutcome } from './identitySwitching';
import {
  accountName,
  actAsRoot,
  actAsUser,
  actingDisplay,
  backToLabel,
  backToSignedIn,
  roleColorCss,
  signedInIdentity,
  switchRoleFromConsole,
} from './identitySwitching';
import { SignInDialog } from './SignInDialog';
import { SwitchRoleDialog } from './SwitchRoleDialog';
import { useSwitchRoleLink } from './useSwitchRoleLink';
import './identity.css';

/** The top bar's identity menu and its Switch role dialog. */
export function IdentityMenu() {
  const { scenario, apply } = useScenario();
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<'switchRole' | 'signIn' | null>(null);
  const [withMfa, setWithMfa] = useState(true);
  const [failure, setFailure] = useState<SwitchOutcome | null>(null);
  const link = useSwitchRoleLink();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const rootNoteId = `${panelId}-root`;
  const account = actingAccount(scenario);
  const display = actingDisplay(scenario);
  const back = backToLabel(scenario);
  const signedInAsRoot = signedInIdentity(scenario.session.identity).type === 'root';

  // Close on a click outside or Escape, returning focus to the button as menus do.
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const { act, busy } = useScenarioAction();
  const closePanel = () => {
    setFailure(null);
    setOpen(false);
    buttonRef.current?.focus();
  };
  const done = (next: typeof scenario) => {
    apply(next);
    closePanel();
  };
  const closeDialog = () => {
    link.dismiss();
    setDialog(null);
    buttonRef.current?.focus();
  };
  const nowIso = () => isoSeconds(requestTimeMs(scenario, consoleEnv.now()));
  const switchTo = async (entry: (typeof scenario.session.recentRoles)[number]) => {
    const form = {
      account: entry.accountId,
      roleName: entry.roleName,
      displayName: entry.displayName,
      color: entry.color,
    };
    const out = await act(async (latest, run) => {
      const switched = await run((ctx) => switchRoleFromConsole(ctx, latest, form));
      return { scenario: switched.result.type === 'success' ? switched.scenario : null, value: switched };
    });
    if (out.result.type === 'success') closePanel();
    else setFailure(out);
  };

  return (
    <div className="identity-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="identity-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Identity menu: ${display.label}`}
        style={display.color ? { background: display.color, color: '#16191f' } : undefined}
        onClick={() => {
          setOpen(!open);
          setFailure(null);
        }}
      >
        {display.label}
      </button>
      <div id={panelId} className="identity-panel" hidden={!open} role="region" aria-label="Identity">
        {back && (
          <button type="button" className="btn identity-back" onClick={() => done(backToSignedIn(scenario))}>
            {back}
          </button>
        )}
        <button
          type="button"
          className="btn btn-primary"
          disabled={signedInAsRoot}
          aria-describedby={signedInAsRoot ? rootNoteId : undefined}
          onClick={() => {
            setOpen(false);
            setDialog('switchRole');
          }}
        >
          Switch role
        </button>
        {signedInAsRoot && (
          <p id={rootNoteId} className="identity-note">
            You cannot switch to a role when you sign in as the root user.
          </p>
        )}
        {failure && <CallFailureNotice outcome={failure} />}
        {scenario.session.recentRoles.length > 0 && (
          <section aria-labelledby={`${panelId}-history`}>
            <h2 id={`${panelId}-history`} className="identity-heading">
              Role history
            </h2>
            <ul className="identity-list">
              {scenario.session.recentRoles.map((r) => (
                <li key={`${r.accountId}/${r.roleName}`}>
                  {/* The root user cannot switch roles (the User Guide), so its history is shown but not offered. */}
                  <button
                    type="button"
                    className="identity-choice"
                    disabled={busy || signedInAsRoot}
                    aria-describedby={signedInAsRoot ? rootNoteId : undefined}
                    onClick={() => void switchTo(r)}
                  >
                    <span className="role-swatch" style={{ background: roleColorCss(r.color) }} aria-hidden="true" />
                    {r.displayName}{' '}
                    <span className="muted">
                      ({r.roleName} @ {accountName(scenario, r.accountId)})
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby={`${panelId}-act`}>
          <h2 id={`${panelId}-act`} className="identity-heading">
            Sign in to {account.alias ?? account.id} as
          </h2>
          <ul className="identity-list">
            <li>
              <button type="button" className="identity-choice" onClick={() => done(actAsRoot(scenario, account.id))}>
                Root user
              </button>
            </li>
            {account.users.map((u) => (
              <li key={u.name}>
                <button
                  type="button"
                  className="identity-choice"
                  onClick={() => done(actAsUser(scenario, account.id, u.name, withMfa, nowIso()))}
                >
                  IAM user {u.name}
                </button>
              </li>
            ))}
          </ul>
          <label className="identity-mfa">
            <input type="checkbox" checked={withMfa} onChange={(e) => setWithMfa(e.target.checked)} /> Users with an MFA
            device sign in with it
          </label>
          <button
            type="button"
            className="link-button identity-sign-in"
            onClick={() => {
              setOpen(false);
              setDialog('signIn');
            }}
          >
            Sign in with a password…
          </button>
        </section>
      </div>
      {(dialog === 'switchRole' || link.params) && (
        <SwitchRoleDialog key={JSON.stringify(link.params)} initial={link.params ?? undefined} onClose={closeDialog} />
      )}
      {dialog === 'signIn' && <SignInDialog onClose={closeDialog} />}
    </div>
  );
}
