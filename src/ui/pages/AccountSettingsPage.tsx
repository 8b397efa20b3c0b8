// Account settings: the password policy.
import { PageHeader } from '../components/PageHeader';
import { useAccount } from '../state/ScenarioContext';

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

/** The Account settings section. */
export function AccountSettingsPage() {
  const { passwordPolicy: p } = useAccount();
  return (
    <>
      <PageHeader title="Account settings" />
      <section className="panel" aria-labelledby="password-policy-heading">
        <div className="panel-header"><h2 id="password-policy-heading">Password policy</h2></div>
        {!p ? <p className="panel-body">This account uses the IAM default password policy: at least 8 characters, with at least three of uppercase letters, lowercase letters, numbers and symbols, and not the account name or email address.</p> : (
          <dl className="summary-grid">
            <div><dt>Minimum password length</dt><dd>{p.MinimumPasswordLength} characters</dd></div>
            <div><dt>Require uppercase letters</dt><dd>{yesNo(p.RequireUppercaseCharacters)}</dd></div>
            <div><dt>Require lowercase letters</dt><dd>{yesNo(p.RequireLowercaseCharacters)}</dd></div>
            <div><dt>Require numbers</dt><dd>{yesNo(p.RequireNumbers)}</dd></div>
            <div><dt>Require symbols</dt><dd>{yesNo(p.RequireSymbols)}</dd></div>
            <div><dt>Users can change their own password</dt><dd>{yesNo(p.AllowUsersToChangePassword)}</dd></div>
            <div><dt>Password expiration</dt><dd>{p.MaxPasswordAge ? `${p.MaxPasswordAge} days${p.HardExpiry ? ', administrator reset required' : ''}` : 'Never'}</dd></div>
            <div><dt>Prevent password reuse</dt><dd>{p.PasswordReusePrevention ? `Last ${p.PasswordReusePrevention} passwords` : 'No'}</dd></div>
          </dl>
        )}
      </section>
    </>
  );
}
