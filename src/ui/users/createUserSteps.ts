// The create-user wizard's choices, and the API calls that carry them out (the User Guide's steps).
import type { Account, Tag } from '../../model';
import type { ApiStep } from '../actions/apiSteps';
import { step, tagsParam } from '../actions/apiSteps';
import type { ConsolePasswordChoice } from './consolePassword';
import { consolePasswordSteps, defaultPasswordChoice, passwordChoiceProblem } from './consolePassword';

/** How the new user gets permissions (the console's three options). */
export type PermissionsOption = 'groups' | 'copy' | 'attach';

/** Everything the create-user wizard asks. */
export interface NewUserForm extends ConsolePasswordChoice {
  userName: string;
  path: string;
  consoleAccess: boolean;
  permissions: PermissionsOption;
  groups: string[];
  /** A group created in the wizard, with managed policies attached to it; the user joins it. */
  newGroup: { name: string; policyArns: string[] } | null;
  copyFrom: string;
  policyArns: string[];
  boundaryArn: string;
  tags: Tag[];
}

/** An empty form, as the wizard opens. */
export const emptyUserForm = (): NewUserForm => ({
  userName: '',
  path: '/',
  consoleAccess: false,
  ...defaultPasswordChoice(),
  permissions: 'groups',
  groups: [],
  newGroup: null,
  copyFrom: '',
  policyArns: [],
  boundaryArn: '',
  tags: [],
});

/** The permissions copied from an existing user: its groups, managed and inline policies and boundary. */
function copiedPermissions(
  account: Account,
  userName: string,
  sourceName: string,
): { steps: ApiStep[]; boundary: string } {
  const source = account.users.find((u) => u.name === sourceName);
  if (!source) return { steps: [], boundary: '' };
  return {
    boundary: source.permissionsBoundary ?? '',
    steps: [
      ...source.groups.map((GroupName) => step('iam:AddUserToGroup', { GroupName, UserName: userName })),
      ...source.attachedPolicies.map((PolicyArn) => step('iam:AttachUserPolicy', { UserName: userName, PolicyArn })),
      ...source.inlinePolicies.map((p) =>
        step('iam:PutUserPolicy', { UserName: userName, PolicyName: p.name, PolicyDocument: p.document }),
      ),
    ],
  };
}

/** The calls that create the user as the form says; `password` is the one shown on the success page. */
export function createUserSteps(form: NewUserForm, account: Account, password: string): ApiStep[] {
  const UserName = form.userName.trim();
  const copied =
    form.permissions === 'copy' ? copiedPermissions(account, UserName, form.copyFrom) : { steps: [], boundary: '' };
  const boundary = form.boundaryArn || copied.boundary;
  const steps: ApiStep[] = [
    step('iam:CreateUser', {
      UserName,
      ...(form.path && form.path !== '/' ? { Path: form.path } : {}),
      ...(boundary ? { PermissionsBoundary: boundary } : {}),
      ...tagsParam(form.tags),
    }),
  ];
  if (form.consoleAccess)
    steps.push(
      ...consolePasswordSteps(
        { name: UserName, loginProfile: null, attachedPolicies: [] },
        password,
        form.passwordResetRequired,
      ),
    );
  if (form.permissions === 'groups') {
    const group = form.newGroup;
    if (group) {
      steps.push(step('iam:CreateGroup', { GroupName: group.name }));
      steps.push(
        ...group.policyArns.map((PolicyArn) => step('iam:AttachGroupPolicy', { GroupName: group.name, PolicyArn })),
      );
    }
    const groups = group ? [...form.groups.filter((g) => g !== group.name), group.name] : form.groups;
    steps.push(...groups.map((GroupName) => step('iam:AddUserToGroup', { GroupName, UserName })));
  }
  if (form.permissions === 'attach')
    steps.push(...form.policyArns.map((PolicyArn) => step('iam:AttachUserPolicy', { UserName, PolicyArn })));
  steps.push(...copied.steps);
  return steps;
}

/** What stops the details step from going on, or null. */
export function userDetailsProblem(
  form: NewUserForm,
  account: Pick<Account, 'passwordPolicy' | 'name' | 'root'>,
): string | null {
  if (!/^[\w+=,.@-]{1,64}$/.test(form.userName.trim()))
    return 'User names are 1–64 letters, digits and + = , . @ _ - characters.';
  if (!/^\/([\x21-\x7e]*\/)?$/.test(form.path))
    return 'A path begins and ends with a slash (/), for example /division_abc/.';
  if (form.consoleAccess) return passwordChoiceProblem(form, account);
  return null;
}
