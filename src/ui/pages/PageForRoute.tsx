// Chooses the page component for a route.
import type { Route } from '../shell/routes';
import { ScenariosPage } from '../scenarios/ScenariosPage';
import { CreateGroupPage } from '../wizards/CreateGroupPage';
import { CreateRoleWizard } from '../wizards/CreateRoleWizard';
import { CreateUserWizard } from '../wizards/CreateUserWizard';
import { AccountSettingsPage } from './AccountSettingsPage';
import { DashboardPage } from './DashboardPage';
import { GroupsPage } from './GroupsPage';
import { IdentityProvidersPage } from './IdentityProvidersPage';
import { OrganizationPage } from './OrganizationPage';
import { PoliciesPage } from './PoliciesPage';
import { ResourcesPage } from './ResourcesPage';
import { RolesPage } from './RolesPage';
import { SimulatorPage } from './SimulatorPage';
import { UsersPage } from './UsersPage';

/** The page for `route`. */
export function PageForRoute({ route }: { route: Route }) {
  switch (route.section) {
    case 'dashboard':
      return <DashboardPage />;
    case 'users':
      return route.item === 'create' ? <CreateUserWizard /> : <UsersPage route={route} />;
    case 'groups':
      return route.item === 'create' ? <CreateGroupPage /> : <GroupsPage route={route} />;
    case 'roles':
      return route.item === 'create' ? <CreateRoleWizard /> : <RolesPage route={route} />;
    case 'policies':
      return <PoliciesPage route={route} />;
    case 'identity-providers':
      return <IdentityProvidersPage route={route} />;
    case 'account-settings':
      return <AccountSettingsPage />;
    case 'organization':
      return <OrganizationPage route={route} />;
    case 'resources':
      return <ResourcesPage route={route} />;
    case 'simulator':
      return <SimulatorPage />;
    case 'scenarios':
      return <ScenariosPage />;
  }
}
