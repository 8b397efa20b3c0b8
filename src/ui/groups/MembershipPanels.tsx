// Group membership from both sides, as the console has it: a user's Groups tab ("Add user to groups",
// "Remove" per group) and a group's Users tab ("Add users", "Remove users" for the checked ones); removals are
// confirmed first.
import { useState } from 'react';
import { routeHref } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import { ActionDialog } from '../components/ActionDialog';
import { ConfirmRemoveDialog } from '../components/ConfirmRemoveDialog';
import type { Removal } from '../components/ConfirmRemoveDialog';
import { membershipSteps } from '../actions/entitySteps';
import { membershipRemoval } from '../components/removals';

/** Checkboxes for choosing names (groups or users). */
function NameChecklist({
  legend,
  names,
  selected,
  onChange,
}: {
  legend: string;
  names: string[];
  selected: string[];
  onChange: (names: string[]) => void;
}) {
  return (
    <fieldset className="policy-picker">
      <legend>{legend}</legend>
      {names.length === 0 ? (
        <p className="muted">None left to choose.</p>
      ) : (
        <ul className="picker-list">
          {names.map((n) => (
            <li key={n}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(n)}
                  onChange={(e) => onChange(e.target.checked ? [...selected, n] : selected.filter((s) => s !== n))}
                />{' '}
                {n}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** Picks names from `choices` and adds the memberships they make. */
function AddMembersDialog({
  title,
  legend,
  choices,
  pair,
  onClose,
}: {
  title: string;
  legend: string;
  choices: string[];
  pair: (name: string) => { UserName: string; GroupName: string };
  onClose: () => void;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <ActionDialog
      title={title}
      submitLabel={title}
      onClose={onClose}
      plan={() =>
        selected.length
          ? membershipSteps('iam:AddUserToGroup', selected.map(pair))
          : `Choose at least one ${legend.toLowerCase().replace(/s$/, '')}.`
      }
    >
      <NameChecklist legend={legend} names={choices} selected={selected} onChange={setSelected} />
    </ActionDialog>
  );
}

/** A user's Groups tab. */
export function UserGroupsPanel({ userName, groups }: { userName: string; groups: string[] }) {
  const account = useAccount();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Removal | null>(null);
  return (
    <div className="stack">
      <div className="tab-toolbar">
        <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
          Add user to groups
        </button>
      </div>
      {groups.length === 0 ? (
        <p className="muted">Not in any group.</p>
      ) : (
        <ul className="link-list panel">
          {groups.map((g) => (
            <li key={g} className="row-with-action">
              <a href={routeHref('groups', g)}>{g}</a>
              <button
                type="button"
                className="btn"
                aria-label={`Remove ${userName} from ${g}`}
                onClick={() => setRemoving(membershipRemoval(g, [userName]))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding && (
        <AddMembersDialog
          title="Add user to groups"
          legend="User groups"
          onClose={() => setAdding(false)}
          choices={account.groups.map((g) => g.name).filter((g) => !groups.includes(g))}
          pair={(GroupName) => ({ UserName: userName, GroupName })}
        />
      )}
      {removing && <ConfirmRemoveDialog removal={removing} onClose={() => setRemoving(null)} />}
    </div>
  );
}

/** A group's Users tab. */
export function GroupUsersPanel({ groupName, users }: { groupName: string; users: string[] }) {
  const account = useAccount();
  const [adding, setAdding] = useState(false);
  const [checked, setChecked] = useState<string[]>([]);
  const [removing, setRemoving] = useState<Removal | null>(null);
  const chosen = checked.filter((u) => users.includes(u));
  return (
    <div className="stack">
      <div className="tab-toolbar">
        <button
          type="button"
          className="btn"
          disabled={chosen.length === 0}
          onClick={() => setRemoving(membershipRemoval(groupName, chosen, () => setChecked([])))}
        >
          Remove users
        </button>
        <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
          Add users
        </button>
      </div>
      {users.length === 0 ? (
        <p className="muted">No users in this group.</p>
      ) : (
        <ul className="link-list panel">
          {users.map((u) => (
            <li key={u} className="row-with-action">
              <input
                type="checkbox"
                aria-label={`Select ${u}`}
                checked={chosen.includes(u)}
                onChange={(e) => setChecked(e.target.checked ? [...chosen, u] : chosen.filter((c) => c !== u))}
              />
              <a href={routeHref('users', u)}>{u}</a>
            </li>
          ))}
        </ul>
      )}
      {adding && (
        <AddMembersDialog
          title={`Add users to ${groupName}`}
          legend="Users"
          onClose={() => setAdding(false)}
          choices={account.users.map((u) => u.name).filter((u) => !users.includes(u))}
          pair={(UserName) => ({ UserName, GroupName: groupName })}
        />
      )}
      {removing && <ConfirmRemoveDialog removal={removing} onClose={() => setRemoving(null)} />}
    </div>
  );
}
