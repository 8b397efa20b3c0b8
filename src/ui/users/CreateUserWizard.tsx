// The create-user wizard, in the User Guide's order: user details and console access, permissions
// (groups, a new group with a policy, copy from a user, or policies attached directly) and boundary,
// review with tags, then the one page that shows the password and offers the .csv download.
import { useState } from 'react';
import { signInUrl } from '../../api';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { PageHeader } from '../components/PageHeader';
import { routeHref } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import { ConsoleSignInDetails } from './ConsoleSignInDetails';
import type { NewUserForm, PermissionsOption } from './createUserSteps';
import { createUserSteps, emptyUserForm, userDetailsProblem } from './createUserSteps';
import { chosenPassword } from './consolePassword';
import { ConsolePasswordFields } from './ConsolePasswordFields';
import { PolicyPicker } from '../policies/PolicyPicker';
import { ReviewList } from './ReviewList';
import { TagsEditor } from '../components/TagsEditor';
import { useRunSteps } from '../actions/useRunSteps';
import { Wizard } from '../components/Wizard';

const PERMISSION_OPTIONS: { id: PermissionsOption; label: string; hint: string }[] = [
  {
    id: 'groups',
    label: 'Add user to group',
    hint: 'Manage permissions by job function: the user gets the permissions of its groups.',
  },
  {
    id: 'copy',
    label: 'Copy permissions',
    hint: 'Copy group memberships, attached policies and the boundary of an existing user.',
  },
  {
    id: 'attach',
    label: 'Attach policies directly',
    hint: 'Attach managed policies to the user (groups are easier to manage).',
  },
];

/** The Users › Create user page. */
export function CreateUserWizard() {
  const account = useAccount();
  const [form, setForm] = useState<NewUserForm>(emptyUserForm);
  const [created, setCreated] = useState<{ userName: string; password: string | null } | null>(null);
  const { run, failure, busy } = useRunSteps();
  const update = (patch: Partial<NewUserForm>) => setForm((f) => ({ ...f, ...patch }));
  const crumbs = [{ label: 'Users', href: routeHref('users') }];

  if (created) return <UserCreated {...created} url={signInUrl(account)} crumbs={crumbs} />;

  const submit = async () => {
    const password = form.consoleAccess ? chosenPassword(form, account.passwordPolicy) : '';
    if (await run(createUserSteps(form, account, password)))
      setCreated({ userName: form.userName.trim(), password: form.consoleAccess ? password : null });
  };

  const details = () => (
    <>
      <label className="field">
        <span>User name</span>
        <input
          value={form.userName}
          onChange={(e) => update({ userName: e.target.value })}
          autoComplete="off"
          aria-describedby="user-name-hint"
        />
        <small id="user-name-hint" className="muted">
          Up to 64 characters: letters, digits and + = , . @ _ -
        </small>
      </label>
      <label className="field">
        <span>Path (optional)</span>
        <input value={form.path} onChange={(e) => update({ path: e.target.value })} />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={form.consoleAccess}
          onChange={(e) => update({ consoleAccess: e.target.checked })}
        />{' '}
        Provide user access to the AWS Management Console
      </label>
      {form.consoleAccess && <ConsolePasswordFields choice={form} onChange={update} />}
    </>
  );

  const permissions = () => (
    <>
      <fieldset>
        <legend>Permissions options</legend>
        {PERMISSION_OPTIONS.map((o) => (
          <label key={o.id} className="check option-card">
            <input
              type="radio"
              name="permissions-option"
              checked={form.permissions === o.id}
              onChange={() => update({ permissions: o.id })}
            />
            <span>
              <strong>{o.label}</strong>
              <br />
              <span className="muted">{o.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {form.permissions === 'groups' && (
        <>
          <fieldset>
            <legend>User groups</legend>
            {account.groups.map((g) => (
              <label key={g.name} className="check">
                <input
                  type="checkbox"
                  checked={form.groups.includes(g.name)}
                  onChange={(e) =>
                    update({
                      groups: e.target.checked ? [...form.groups, g.name] : form.groups.filter((n) => n !== g.name),
                    })
                  }
                />{' '}
                {g.name}
              </label>
            ))}
          </fieldset>
          {form.newGroup ? (
            <fieldset>
              <legend>New user group</legend>
              <label className="field">
                <span>User group name</span>
                <input
                  value={form.newGroup.name}
                  onChange={(e) => update({ newGroup: { ...form.newGroup!, name: e.target.value } })}
                />
              </label>
              <PolicyPicker
                account={account}
                legend="Permissions policies for the group"
                selected={form.newGroup.policyArns}
                onChange={(policyArns) => update({ newGroup: { ...form.newGroup!, policyArns } })}
              />
              <button type="button" className="btn" onClick={() => update({ newGroup: null })}>
                Cancel new group
              </button>
            </fieldset>
          ) : (
            <button type="button" className="btn" onClick={() => update({ newGroup: { name: '', policyArns: [] } })}>
              Create group
            </button>
          )}
        </>
      )}
      {form.permissions === 'copy' && (
        <fieldset>
          <legend>Copy permissions from user</legend>
          {account.users.map((u) => (
            <label key={u.name} className="check">
              <input
                type="radio"
                name="copy-from"
                checked={form.copyFrom === u.name}
                onChange={() => update({ copyFrom: u.name })}
              />{' '}
              {u.name} <span className="muted">({u.groups.join(', ') || 'no groups'})</span>
            </label>
          ))}
        </fieldset>
      )}
      {form.permissions === 'attach' && (
        <PolicyPicker
          account={account}
          legend="Permissions policies"
          selected={form.policyArns}
          onChange={(policyArns) => update({ policyArns })}
        />
      )}
      <PolicyPicker
        account={account}
        legend="Permissions boundary (optional)"
        single
        selected={form.boundaryArn ? [form.boundaryArn] : []}
        onChange={([arn]) => update({ boundaryArn: arn ?? '' })}
      />
    </>
  );

  const permissionsProblem = () => {
    if (form.permissions === 'groups' && form.newGroup && !/^[\w+=,.@-]{1,128}$/.test(form.newGroup.name))
      return 'Enter a name for the new group (letters, digits and + = , . @ _ -).';
    if (form.permissions === 'copy' && !form.copyFrom) return 'Choose a user to copy permissions from.';
    return null;
  };

  const review = () => (
    <>
      <ReviewList
        items={[
          ['User name', form.userName.trim()],
          ['Path', form.path],
          [
            'Console password type',
            form.consoleAccess
              ? form.passwordMode === 'custom'
                ? 'Custom'
                : 'Autogenerated'
              : 'None (no console access)',
          ],
          ['Require password reset', form.consoleAccess ? (form.passwordResetRequired ? 'Yes' : 'No') : '—'],
          [
            'Permissions',
            createUserSteps(form, account, '')
              .slice(1)
              .filter((s) => s.operation !== 'iam:CreateLoginProfile')
              .map((s) => describeStep(s.operation, s.params as Record<string, unknown>))
              .join('; ') || 'None',
          ],
          ['Permissions boundary', form.boundaryArn || 'Not set'],
        ]}
      />
      <TagsEditor tags={form.tags} onChange={(tags) => update({ tags })} />
    </>
  );

  return (
    <>
      <PageHeader title="Create user" crumbs={crumbs} />
      <Wizard
        label="Create user"
        submitLabel="Create user"
        busy={busy}
        onSubmit={() => void submit()}
        notice={failure && <CallFailureNotice outcome={failure} />}
        steps={[
          { title: 'Specify user details', content: details, problem: () => userDetailsProblem(form, account) },
          { title: 'Set permissions', content: permissions, problem: permissionsProblem },
          { title: 'Review and create', content: review },
        ]}
      />
    </>
  );
}

/** A permissions call in the review, in words. */
function describeStep(operation: string, p: Record<string, unknown>): string {
  if (operation === 'iam:CreateGroup') return `create group ${String(p.GroupName)}`;
  if (operation === 'iam:AddUserToGroup') return `add to group ${String(p.GroupName)}`;
  if (operation === 'iam:PutUserPolicy') return `inline policy ${String(p.PolicyName)}`;
  return `attach ${String(p.PolicyArn).split('/').pop()}${operation === 'iam:AttachGroupPolicy' ? ` to group ${String(p.GroupName)}` : ''}`;
}

/** The success page: the only time the password is shown, with the .csv download. */
function UserCreated({
  userName,
  password,
  url,
  crumbs,
}: {
  userName: string;
  password: string | null;
  url: string;
  crumbs: { label: string; href: string }[];
}) {
  return (
    <>
      <PageHeader title="Retrieve password" crumbs={crumbs} />
      <div className="banner success-banner" role="status">
        User {userName} created successfully.
      </div>
      <section className="panel" aria-labelledby="sign-in-heading">
        <div className="panel-header">
          <h2 id="sign-in-heading">Console sign-in details</h2>
        </div>
        <div className="panel-body stack">
          {password === null ? (
            <p>This user has no console access.</p>
          ) : (
            <>
              <p>
                You can view and download the user's password below or email the user instructions for signing in. This
                is the only time you can view and download this password.
              </p>
              <ConsoleSignInDetails userName={userName} password={password} url={url} />
            </>
          )}
          <p className="wizard-buttons">
            <a className="btn" href={routeHref('users')}>
              Return to users list
            </a>
            <a className="btn btn-primary" href={routeHref('users', userName)}>
              View user
            </a>
          </p>
        </div>
      </section>
    </>
  );
}
