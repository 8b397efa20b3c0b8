// The top bar: the product name, the open scenario (a link to the Scenarios page), the current account
// (alias or id) and the acting identity.
import { IdentityMenu } from '../identity/IdentityMenu';
import { ConsoleSearch } from '../search/ConsoleSearch';
import { actingAccount, formatAccountId, useScenario } from '../state/ScenarioContext';
import { routeHref } from './routes';

/** The console-style top bar. */
export function TopBar() {
  const { scenario } = useScenario();
  const account = actingAccount(scenario);
  const accountLabel = account.alias ?? formatAccountId(account.id);
  return (
    <header className="top-bar">
      <a className="brand" href="#/dashboard">
        <span className="brand-mark" aria-hidden="true">
          IAM
        </span>
        <span>Playground</span>
      </a>
      <a
        className="scenario-name"
        href={routeHref('scenarios')}
        title="Scenarios: open, create or manage the saved scenarios"
      >
        <span className="visually-hidden">Scenario: </span>
        {scenario.name}
      </a>
      <ConsoleSearch />
      <div className="top-bar-end">
        <dl className="identity">
          <div>
            <dt>Account</dt>
            <dd>
              <span className="account-alias">{accountLabel}</span>{' '}
              <span className="muted account-id">({formatAccountId(account.id)})</span>
            </dd>
          </div>
          <div>
            <dt>Acting as</dt>
            <dd>
              <IdentityMenu />
            </dd>
          </div>
        </dl>
      </div>
    </header>
  );
}
