// The IAM dashboard: account id and alias with the sign-in URL, resource counts and security recommendations.
import { PageHeader } from '../components/PageHeader';
import { securityRecommendations } from './securityRecommendations';
import type { SectionId } from '../shell/routes';
import { routeHref, sectionTitle } from '../shell/routes';
import { formatAccountId, useAccount, useScenario } from '../state/ScenarioContext';
import { AccountAliasControls } from './AccountAliasControls';
import { CredentialReportButton } from './CredentialReportButton';

/** The console's sign-in URL for an account: the alias if there is one, else the account id. */
export const signInUrl = (accountId: string, alias: string | null): string =>
  `https://${alias ?? accountId}.signin.aws.amazon.com/console`;

/** The Dashboard section. */
export function DashboardPage() {
  const { scenario } = useScenario();
  const account = useAccount();
  const now = new Date(scenario.settings.currentTime ?? Date.now());
  const recommendations = securityRecommendations(account, now);
  const counts: { label: string; value: number; section: SectionId }[] = [
    { label: 'Users', value: account.users.length, section: 'users' },
    { label: 'User groups', value: account.groups.length, section: 'groups' },
    { label: 'Roles', value: account.roles.length, section: 'roles' },
    { label: 'Customer managed policies', value: account.policies.length, section: 'policies' },
    {
      label: 'Identity providers',
      value: account.samlProviders.length + account.oidcProviders.length,
      section: 'identity-providers',
    },
  ];
  const open = recommendations.filter((r) => !r.ok).length;
  return (
    <>
      <PageHeader title={sectionTitle('dashboard')} description={scenario.description || undefined} />
      <div className="dashboard-grid">
        <section className="panel" aria-labelledby="account-heading">
          <div className="panel-header">
            <h2 id="account-heading">AWS account</h2>
          </div>
          <dl className="summary-grid">
            <div>
              <dt>Account ID</dt>
              <dd>
                <code>{formatAccountId(account.id)}</code>
              </dd>
            </div>
            <div>
              <dt>Account alias</dt>
              <dd>{account.alias ?? <span className="muted">None</span>}</dd>
            </div>
            <div className="wide">
              <dt>Sign-in URL for IAM users in this account</dt>
              <dd>
                <code>{signInUrl(account.id, account.alias)}</code>
              </dd>
            </div>
          </dl>
          <div className="panel-body">
            <AccountAliasControls account={account} />
            <CredentialReportButton />
          </div>
        </section>
        <section className="panel" aria-labelledby="resources-heading">
          <div className="panel-header">
            <h2 id="resources-heading">IAM resources</h2>
          </div>
          <ul className="count-grid">
            {counts.map((c) => (
              <li key={c.label}>
                <a href={routeHref(c.section)} className="count-card">
                  <span className="count-value">{c.value}</span>
                  <span>{c.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
        <section className="panel wide" aria-labelledby="security-heading">
          <div className="panel-header">
            <h2 id="security-heading">
              Security recommendations <span className="count">({open} to review)</span>
            </h2>
          </div>
          <ul className="recommendations">
            {recommendations.map((r) => (
              <li key={r.id} className={r.ok ? 'ok' : 'todo'}>
                <span className={`status-dot ${r.ok ? 'status-ok' : 'status-todo'}`} aria-hidden="true">
                  {r.ok ? '✓' : '!'}
                </span>
                <div>
                  <strong>{r.title}</strong>{' '}
                  <span className="visually-hidden">{r.ok ? '(done)' : '(needs attention)'}</span>
                  <p className="muted">{r.detail}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
