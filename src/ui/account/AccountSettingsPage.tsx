// Account settings: the password policy, shown for everyone and edited (as the acting identity) with the
// console's Edit password policy form.
import { useRef, useState } from 'react';
import { PageHeader } from '../components/PageHeader';
import { useAccount } from '../state/ScenarioContext';
import { PasswordPolicyEditor } from './PasswordPolicyEditor';
import { IAM_DEFAULT_RULES } from './passwordPolicyForm';

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

/** The Account settings section. */
export function AccountSettingsPage() {
  const { passwordPolicy: p } = useAccount();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const toggle = () => {
    setEditing((open) => !open);
    setSaved(null);
  };
  // The form's buttons go away with it: keyboard focus returns to Edit instead of being lost.
  const close = (message: string | null) => {
    setEditing(false);
    setSaved(message);
    editButton.current?.focus();
  };
  return (
    <>
      <PageHeader title="Account settings" />
      <section className="panel" aria-labelledby="password-policy-heading">
        <div className="panel-header">
          <h2 id="password-policy-heading">Password policy</h2>
          <button ref={editButton} type="button" className="btn" aria-expanded={editing} onClick={toggle}>
            Edit
          </button>
        </div>
        {saved && (
          <div className="panel-body">
            <p className="banner success-banner" role="status">
              {saved}
            </p>
          </div>
        )}
        {!p ? (
          <p className="panel-body">This account uses the IAM default password policy: {IAM_DEFAULT_RULES}</p>
        ) : (
          <dl className="summary-grid">
            <div>
              <dt>Minimum password length</dt>
              <dd>{p.MinimumPasswordLength} characters</dd>
            </div>
            <div>
              <dt>Require uppercase letters</dt>
              <dd>{yesNo(p.RequireUppercaseCharacters)}</dd>
            </div>
            <div>
              <dt>Require lowercase letters</dt>
              <dd>{yesNo(p.RequireLowercaseCharacters)}</dd>
            </div>
            <div>
              <dt>Require numbers</dt>
              <dd>{yesNo(p.RequireNumbers)}</dd>
            </div>
            <div>
              <dt>Require symbols</dt>
              <dd>{yesNo(p.RequireSymbols)}</dd>
            </div>
            <div>
              <dt>Users can change their own password</dt>
              <dd>{yesNo(p.AllowUsersToChangePassword)}</dd>
            </div>
            <div>
              <dt>Password expiration</dt>
              <dd>
                {p.MaxPasswordAge
                  ? `${p.MaxPasswordAge} days${p.HardExpiry ? ', administrator reset required' : ''}`
                  : 'Never'}
              </dd>
            </div>
            <div>
              <dt>Prevent password reuse</dt>
              <dd>{p.PasswordReusePrevention ? `Last ${p.PasswordReusePrevention} passwords` : 'No'}</dd>
            </div>
          </dl>
        )}
        {editing && (
          <div className="panel-body">
            <PasswordPolicyEditor policy={p} onCancel={() => close(null)} onSaved={close} />
          </div>
        )}
      </section>
    </>
  );
}
