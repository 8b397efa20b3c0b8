// Chooses the page component for a route.
import type { Route } from './routes';
import { ScenariosPage } from '../scenarios/ScenariosPage';
import { CreateGroupPage } from '../groups/CreateGroupPage';
import { CreateRoleWizard } from '../roles/CreateRoleWizard';
import { CreateUserWizard } from '../users/CreateUserWizard';
import { AccountSettingsPage } from '../account/AccountSettingsPage';
import { DashboardPage } from '../account/DashboardPage';
import { GroupsPage } from '../groups/GroupsPage';
import { IdentityProvidersPage } from '../identityProviders/IdentityProvidersPage';
import { OrganizationPage } from '../organization/OrganizationPage';
import { PoliciesPage } from '../policies/PoliciesPage';
import { ResourcesPage } from '../resources/ResourcesPage';
import { RolesPage } from '../roles/RolesPage';
import { SimulatorPage } from '../simulator/SimulatorPage';
import { UsersPage } from '../users/UsersPage';

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
