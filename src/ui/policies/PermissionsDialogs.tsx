// The Permissions tab's dialogs: attach managed policies, create or edit an inline policy (Monaco, with
// the parser's errors blocking save), and set the permissions boundary.
import { useState } from 'react';
import { LazyPolicyEditor } from '../editor/LazyPolicyEditor';
import { useAccount } from '../state/ScenarioContext';
import { ActionDialog } from '../components/ActionDialog';
import { documentProblem } from '../components/documentProblem';
import { attachPolicySteps, boundaryStep, inlinePolicyNameProblem, putInlinePolicyStep } from '../actions/entitySteps';
import type { EntityRef } from '../actions/entitySteps';
import { PolicyPicker } from './PolicyPicker';
import { STARTING_POLICY } from './createPolicySteps';

/** "Add permissions": choose managed policies to attach; those already attached are listed but cannot be chosen. */
export function AttachPoliciesDialog({
  entity,
  attached,
  onClose,
}: {
  entity: EntityRef;
  attached: readonly string[];
  onClose: () => void;
}) {
  const account = useAccount();
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <ActionDialog
      title={`Attach policies to ${entity.name}`}
      submitLabel="Add permissions"
      onClose={onClose}
      plan={() =>
        selected.length ? attachPolicySteps(entity, selected) : 'Choose at least one policy that is not attached yet.'
      }
    >
      <PolicyPicker
        account={account}
        legend="Permissions policies"
        selected={selected}
        onChange={setSelected}
        attached={attached}
      />
    </ActionDialog>
  );
}

/** Create an inline policy, or edit one (`existing`): its name, and the document in the policy editor. */
export function InlinePolicyDialog({
  entity,
  existing,
  taken,
  onClose,
}: {
  entity: EntityRef;
  existing?: { name: string; document: string };
  taken: readonly string[];
  onClose: () => void;
}) {
  const [name, setName] = useState(existing?.name ?? '');
  const [document, setDocument] = useState(existing?.document ?? STARTING_POLICY);
  const plan = () => {
    const problem =
      inlinePolicyNameProblem(name) ??
      (!existing && taken.includes(name.trim())
        ? `${entity.name} already has an inline policy named ${name.trim()}.`
        : null) ??
      documentProblem(document, 'identity');
    return problem ?? [putInlinePolicyStep(entity, name.trim(), document)];
  };
  return (
    <ActionDialog
      wide
      title={existing ? `Edit inline policy ${existing.name}` : `Create inline policy for ${entity.name}`}
      submitLabel={existing ? 'Save changes' : 'Create policy'}
      plan={plan}
      onClose={onClose}
    >
      <label className="field">
        <span>Policy name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} readOnly={!!existing} autoComplete="off" />
      </label>
      <LazyPolicyEditor value={document} kind="identity" label="Policy document" onChange={setDocument} />
    </ActionDialog>
  );
}

/** Set (or change) the permissions boundary of a user or role: one managed policy. */
export function BoundaryDialog({
  entity,
  current,
  onClose,
}: {
  entity: EntityRef & { kind: 'User' | 'Role' };
  current: string | null;
  onClose: () => void;
}) {
  const account = useAccount();
  const [selected, setSelected] = useState<string[]>(current ? [current] : []);
  return (
    <ActionDialog
      title={`Set permissions boundary for ${entity.name}`}
      submitLabel="Set boundary"
      onClose={onClose}
      plan={() =>
        selected[0] ? [boundaryStep(entity, selected[0])] : 'Choose the policy to use as the permissions boundary.'
      }
    >
      <p className="muted">
        The boundary sets the most permissions that the identity-based policies can grant; it grants nothing by itself.
      </p>
      <PolicyPicker account={account} legend="Permissions boundary" selected={selected} onChange={setSelected} single />
    </ActionDialog>
  );
}
