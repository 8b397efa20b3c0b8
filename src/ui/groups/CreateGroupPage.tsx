// User groups › Create user group, as the console lays it out on one page: name the group, add existing
// users, attach permissions policies, then "Create user group". The calls run as the acting identity;
// a denial or an IAM error (such as a name already taken) shows under the form.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { PageHeader } from '../components/PageHeader';
import { routeHref } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import type { NewGroupForm } from './createGroupSteps';
import { createGroupSteps, emptyGroupForm, groupNameProblem } from './createGroupSteps';
import { PolicyPicker } from '../policies/PolicyPicker';
import { useRunSteps } from '../actions/useRunSteps';
import '../components/wizards.css';

/** The Create user group page; on success it opens the new group's page. */
export function CreateGroupPage() {
  const account = useAccount();
  const { run, failure, busy } = useRunSteps();
  const [form, setForm] = useState<NewGroupForm>(emptyGroupForm);
  const [problem, setProblem] = useState<string | null>(null);
  const update = (patch: Partial<NewGroupForm>) => setForm((f) => ({ ...f, ...patch }));
  const toggleUser = (name: string, on: boolean) =>
    update({ userNames: on ? [...form.userNames, name] : form.userNames.filter((n) => n !== name) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const nameProblem = groupNameProblem(form.groupName);
    setProblem(nameProblem);
    if (nameProblem || busy) return;
    if (await run(createGroupSteps(form))) window.location.hash = routeHref('groups', form.groupName.trim());
  };

  return (
    <>
      <PageHeader title="Create user group" crumbs={[{ label: 'User groups', href: routeHref('groups') }]} />
      <form className="wizard-body" aria-label="Create user group" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>Name the group</legend>
          <label className="field">
            <span>User group name</span>
            <input
              value={form.groupName}
              onChange={(e) => update({ groupName: e.target.value })}
              autoComplete="off"
              maxLength={128}
              aria-describedby="group-name-hint"
              aria-invalid={problem ? true : undefined}
            />
            <small id="group-name-hint" className="muted">
              Maximum 128 characters. Use alphanumeric and &apos;+=,.@-_&apos; characters.
            </small>
          </label>
          {problem && (
            <p className="wizard-problem" role="alert">
              {problem}
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend>Add users to the group – optional ({form.userNames.length} selected)</legend>
          {account.users.length === 0 ? (
            <p className="muted">No users in this account.</p>
          ) : (
            <ul className="picker-list">
              {account.users.map((u) => (
                <li key={u.name}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={form.userNames.includes(u.name)}
                      onChange={(e) => toggleUser(u.name, e.target.checked)}
                    />{' '}
                    {u.name}
                    {u.groups.length > 0 && <span className="muted">({u.groups.join(', ')})</span>}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <PolicyPicker
          account={account}
          legend="Attach permissions policies – optional"
          selected={form.policyArns}
          onChange={(policyArns) => update({ policyArns })}
        />
        {failure && <CallFailureNotice outcome={failure} />}
        <div className="wizard-buttons">
          <a className="btn" href={routeHref('groups')}>
            Cancel
          </a>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create user group'}
          </button>
        </div>
      </form>
    </>
  );
}
