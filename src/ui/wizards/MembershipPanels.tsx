// Group membership from both sides, as the console has it: a user's Groups tab ("Add user to groups",
// "Remove" per group) and a group's Users tab ("Add users", "Remove users" for the checked ones).
import { useState } from 'react';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { routeHref } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import { ActionDialog } from './ActionDialog';
import { membershipSteps } from './entitySteps';
import { useRunSteps } from './useRunSteps';

/** Checkboxes for choosing names (groups or users). */
function NameChecklist({ legend, names, selected, onChange }: { legend: string; names: string[]; selected: string[]; onChange: (names: string[]) => void }) {
  return (
    <fieldset className="policy-picker">
      <legend>{legend}</legend>
      {names.length === 0 ? <p className="muted">None left to choose.</p> : (
        <ul className="picker-list">
          {names.map((n) => (
            <li key={n}><label>
              <input type="checkbox" checked={selected.includes(n)} onChange={(e) => onChange(e.target.checked ? [...selected, n] : selected.filter((s) => s !== n))} /> {n}
            </label></li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** Picks names from `choices` and adds the memberships they make. */
function AddMembersDialog({ title, legend, choices, pair, onClose }: { title: string; legend: string; choices: string[]; pair: (name: string) => { UserName: string; GroupName: string }; onClose: () => void }) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <ActionDialog title={title} submitLabel={title} onClose={onClose}
      plan={() => (selected.length ? membershipSteps('iam:AddUserToGroup', selected.map(pair)) : `Choose at least one ${legend.toLowerCase().replace(/s$/, '')}.`)}>
      <NameChecklist legend={legend} names={choices} selected={selected} onChange={setSelected} />
    </ActionDialog>
  );
}

/** A user's Groups tab. */
export function UserGroupsPanel({ userName, groups }: { userName: string; groups: string[] }) {
  const account = useAccount();
  const [adding, setAdding] = useState(false);
  const { run, failure, busy } = useRunSteps();
  return (
    <div className="stack">
      <div className="tab-toolbar"><button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>Add user to groups</button></div>
      {failure && <CallFailureNotice outcome={failure} />}
      {groups.length === 0 ? <p className="muted">Not in any group.</p> : (
        <ul className="link-list panel">
          {groups.map((g) => (
            <li key={g} className="row-with-action">
              <a href={routeHref('groups', g)}>{g}</a>
              <button type="button" className="btn" disabled={busy} aria-label={`Remove ${userName} from ${g}`}
                onClick={() => void run(membershipSteps('iam:RemoveUserFromGroup', [{ UserName: userName, GroupName: g }]))}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      {adding && <AddMembersDialog title="Add user to groups" legend="User groups" onClose={() => setAdding(false)}
        choices={account.groups.map((g) => g.name).filter((g) => !groups.includes(g))} pair={(GroupName) => ({ UserName: userName, GroupName })} />}
    </div>
  );
}

/** A group's Users tab. */
export function GroupUsersPanel({ groupName, users }: { groupName: string; users: string[] }) {
  const account = useAccount();
  const [adding, setAdding] = useState(false);
  const [checked, setChecked] = useState<string[]>([]);
  const { run, failure, busy } = useRunSteps();
  const chosen = checked.filter((u) => users.includes(u));
  const remove = async () => {
    if (await run(membershipSteps('iam:RemoveUserFromGroup', chosen.map((UserName) => ({ UserName, GroupName: groupName }))))) setChecked([]);
  };
  return (
    <div className="stack">
      <div className="tab-toolbar">
        <button type="button" className="btn" disabled={busy || chosen.length === 0} onClick={() => void remove()}>Remove users</button>
        <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>Add users</button>
      </div>
      {failure && <CallFailureNotice outcome={failure} />}
      {users.length === 0 ? <p className="muted">No users in this group.</p> : (
        <ul className="link-list panel">
          {users.map((u) => (
            <li key={u} className="row-with-action">
              <input type="checkbox" aria-label={`Select ${u}`} checked={chosen.includes(u)}
                onChange={(e) => setChecked(e.target.checked ? [...chosen, u] : chosen.filter((c) => c !== u))} />
              <a href={routeHref('users', u)}>{u}</a>
            </li>
          ))}
        </ul>
      )}
      {adding && <AddMembersDialog title={`Add users to ${groupName}`} legend="Users" onClose={() => setAdding(false)}
        choices={account.users.map((u) => u.name).filter((u) => !users.includes(u))} pair={(UserName) => ({ UserName, GroupName: groupName })} />}
    </div>
  );
}
