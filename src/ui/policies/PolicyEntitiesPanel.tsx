// The Entities attached tab of a managed policy: who has it (as a permissions policy or a boundary),
// "Attach" to more users, groups and roles, and "Detach" per entity (confirmed first).
import { useState } from 'react';
import { useAccount } from '../state/ScenarioContext';
import { ActionDialog } from '../components/ActionDialog';
import { ConfirmRemoveDialog } from '../components/ConfirmRemoveDialog';
import type { Removal } from '../components/ConfirmRemoveDialog';
import { attachPolicySteps } from '../actions/entitySteps';
import type { EntityRef, PrincipalKind } from '../actions/entitySteps';
import { boundaryRemoval, detachRemoval } from '../components/removals';

/** One row of the tab, as the Policies page lists it. */
export interface AttachedEntity {
  type: string;
  name: string;
  href: string;
  as: string;
}

const KINDS: PrincipalKind[] = ['User', 'Group', 'Role'];
const refOf = (e: AttachedEntity): EntityRef => ({ kind: e.type as PrincipalKind, name: e.name });
const key = (e: EntityRef) => `${e.kind} ${e.name}`;

function AttachToEntitiesDialog({
  policyArn,
  policyName,
  attached,
  onClose,
}: {
  policyArn: string;
  policyName: string;
  attached: AttachedEntity[];
  onClose: () => void;
}) {
  const account = useAccount();
  const [selected, setSelected] = useState<string[]>([]);
  const has = new Set(attached.filter((e) => e.as === 'Permissions policy').map((e) => key(refOf(e))));
  const choices: EntityRef[] = [
    ...account.users.map((u) => ({ kind: 'User' as const, name: u.name })),
    ...account.groups.map((g) => ({ kind: 'Group' as const, name: g.name })),
    ...account.roles.map((r) => ({ kind: 'Role' as const, name: r.name })),
  ].filter((e) => !has.has(key(e)));
  const chosen = choices.filter((e) => selected.includes(key(e)));
  return (
    <ActionDialog
      title={`Attach ${policyName}`}
      submitLabel="Attach policy"
      onClose={onClose}
      plan={() =>
        chosen.length
          ? chosen.flatMap((e) => attachPolicySteps(e, [policyArn]))
          : 'Choose at least one user, group or role.'
      }
    >
      {KINDS.map((kind) => (
        <fieldset key={kind} className="policy-picker">
          <legend>{kind === 'Group' ? 'User groups' : `${kind}s`}</legend>
          <ul className="picker-list">
            {choices
              .filter((e) => e.kind === kind)
              .map((e) => (
                <li key={key(e)}>
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.includes(key(e))}
                      onChange={(ev) =>
                        setSelected(ev.target.checked ? [...selected, key(e)] : selected.filter((s) => s !== key(e)))
                      }
                    />{' '}
                    {e.name}
                  </label>
                </li>
              ))}
          </ul>
        </fieldset>
      ))}
    </ActionDialog>
  );
}

/** The entities table with Attach and Detach. */
export function PolicyEntitiesPanel({
  policyArn,
  policyName,
  entities,
}: {
  policyArn: string;
  policyName: string;
  entities: AttachedEntity[];
}) {
  const [attaching, setAttaching] = useState(false);
  const [removing, setRemoving] = useState<Removal | null>(null);
  const detach = (e: AttachedEntity) => {
    const ref = refOf(e);
    return e.as === 'Permissions boundary' && ref.kind !== 'Group'
      ? boundaryRemoval({ ...ref, kind: ref.kind }, policyArn)
      : detachRemoval(ref, policyArn);
  };
  return (
    <div className="stack">
      <div className="tab-toolbar">
        <button type="button" className="btn btn-primary" onClick={() => setAttaching(true)}>
          Attach
        </button>
      </div>
      <table className="data-table">
        <caption className="visually-hidden">Entities attached</caption>
        <thead>
          <tr>
            <th scope="col">Entity</th>
            <th scope="col">Type</th>
            <th scope="col">Attached as</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {entities.map((e) => (
            <tr key={`${e.type} ${e.name} ${e.as}`}>
              <td>
                <a href={e.href}>{e.name}</a>
              </td>
              <td>{e.type}</td>
              <td>{e.as}</td>
              <td>
                <button
                  type="button"
                  className="btn"
                  aria-label={`Detach ${policyName} from ${e.name}${e.as === 'Permissions boundary' ? ' (boundary)' : ''}`}
                  onClick={() => setRemoving(detach(e))}
                >
                  Detach
                </button>
              </td>
            </tr>
          ))}
          {entities.length === 0 && (
            <tr>
              <td colSpan={4} className="empty">
                Not attached to any entity.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {attaching && (
        <AttachToEntitiesDialog
          policyArn={policyArn}
          policyName={policyName}
          attached={entities}
          onClose={() => setAttaching(false)}
        />
      )}
      {removing && <ConfirmRemoveDialog removal={removing} onClose={() => setRemoving(null)} />}
    </div>
  );
}
