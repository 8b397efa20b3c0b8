// A user's console sign-in on the Security credentials tab, as the console's "Manage console access":
// enable it with a password, reset the password (optionally requiring a new one at next sign-in), or
// disable it; each as the acting identity. A new password is shown once, with the .csv download.
import { useState } from 'react';
import { signInUrl } from '../../api';
import type { User } from '../../model';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { formatTime } from '../components/format';
import { useAccount } from '../state/ScenarioContext';
import { step } from '../actions/apiSteps';
import type { ConsolePasswordChoice } from './consolePassword';
import { chosenPassword, consolePasswordSteps, defaultPasswordChoice, passwordChoiceProblem } from './consolePassword';
import { ConsolePasswordFields } from './ConsolePasswordFields';
import { ConsoleSignInDetails } from './ConsoleSignInDetails';
import { useRunSteps } from '../actions/useRunSteps';
import '../components/wizards.css';

/** The Console sign-in section with its Manage console access form. */
export function ConsoleAccessPanel({ user }: { user: User }) {
  const account = useAccount();
  const { run, failure, busy } = useRunSteps();
  const [editing, setEditing] = useState(false);
  const [enable, setEnable] = useState(true);
  const [choice, setChoice] = useState<ConsolePasswordChoice>(defaultPasswordChoice);
  const [problem, setProblem] = useState<string | null>(null);
  const [newPassword, setNewPassword] = useState<string | null>(null);
  const profile = user.loginProfile;

  const open = () => {
    setEditing(true);
    setEnable(true);
    setChoice(defaultPasswordChoice());
    setProblem(null);
    setNewPassword(null);
  };

  const apply = async () => {
    if (!enable) {
      if (await run([step('iam:DeleteLoginProfile', { UserName: user.name })])) setEditing(false);
      return;
    }
    const blocked = passwordChoiceProblem(choice, account);
    setProblem(blocked);
    if (blocked) return;
    const password = chosenPassword(choice, account.passwordPolicy);
    if (await run(consolePasswordSteps(user, password, choice.passwordResetRequired))) {
      setEditing(false);
      setNewPassword(password);
    }
  };

  return (
    <section className="panel credentials-section" aria-labelledby="console-sign-in-heading">
      <div className="panel-header">
        <h3 id="console-sign-in-heading">Console sign-in</h3>
        <button
          type="button"
          className="btn"
          aria-expanded={editing}
          onClick={() => (editing ? setEditing(false) : open())}
        >
          Manage console access
        </button>
      </div>
      <dl className="summary-grid">
        <div className="wide">
          <dt>Console sign-in link</dt>
          <dd>
            <code>{signInUrl(account)}</code>
          </dd>
        </div>
        <div>
          <dt>Console password</dt>
          <dd>
            {profile
              ? `Set ${formatTime(profile.passwordLastChanged)}${profile.passwordResetRequired ? ', must be changed at next sign-in' : ''}`
              : 'Not enabled'}
          </dd>
        </div>
        <div>
          <dt>Last console sign-in</dt>
          <dd>{formatTime(user.passwordLastUsed)}</dd>
        </div>
      </dl>
      {newPassword !== null && (
        <div className="banner success-banner stack" role="status">
          <p>
            <strong>Console password set.</strong> This is the only time you can view and download this password.
          </p>
          <ConsoleSignInDetails userName={user.name} password={newPassword} url={signInUrl(account)} />
          <p className="wizard-buttons">
            <button type="button" className="btn btn-primary" onClick={() => setNewPassword(null)}>
              Done
            </button>
          </p>
        </div>
      )}
      {editing && (
        <form
          className="stack console-access-form"
          aria-label="Manage console access"
          onSubmit={(e) => {
            e.preventDefault();
            void apply();
          }}
        >
          <fieldset>
            <legend>Console access</legend>
            <label className="check">
              <input type="radio" name="console-access" checked={enable} onChange={() => setEnable(true)} />{' '}
              {profile ? 'Enabled: reset the password' : 'Enable'}
            </label>
            <label className="check">
              <input
                type="radio"
                name="console-access"
                checked={!enable}
                onChange={() => setEnable(false)}
                disabled={!profile}
              />{' '}
              Disable
            </label>
          </fieldset>
          {enable ? (
            <ConsolePasswordFields choice={choice} onChange={(patch) => setChoice((c) => ({ ...c, ...patch }))} />
          ) : (
            <p>{user.name} will no longer be able to sign in to the console. Access keys are not affected.</p>
          )}
          {problem && (
            <p className="banner banner-error" role="alert">
              {problem}
            </p>
          )}
          {failure && <CallFailureNotice outcome={failure} />}
          <p className="wizard-buttons">
            <button type="button" className="btn" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              Apply
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
