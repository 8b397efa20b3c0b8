// A role's edits: the trust policy (Monaco, parser errors block save; iam:UpdateAssumeRolePolicy) and
// its description and maximum session duration (iam:UpdateRole, 1–12 hours; only the description of a
// service-linked role).
import { useState } from 'react';
import type { Role } from '../../model';
import { LazyPolicyEditor } from '../editor/LazyPolicyEditor';
import { ActionDialog } from '../components/ActionDialog';
import { documentProblem } from '../components/documentProblem';
import { MAX_SESSION_HOURS, roleSettingsProblem, trustPolicyStep, updateRoleStep } from './roleSettingsSteps';

/** "Edit trust policy". */
export function TrustPolicyDialog({ role, onClose }: { role: Role; onClose: () => void }) {
  const [document, setDocument] = useState(role.assumeRolePolicyDocument);
  return (
    <ActionDialog
      wide
      title={`Edit trust policy of ${role.name}`}
      submitLabel="Update policy"
      onClose={onClose}
      plan={() => documentProblem(document, 'trust') ?? [trustPolicyStep(role.name, document)]}
    >
      <LazyPolicyEditor value={document} kind="trust" label="Trust policy" onChange={setDocument} />
    </ActionDialog>
  );
}

/** "Edit" of the role's summary: description and maximum session duration (a service-linked role: the description). */
export function RoleSettingsDialog({ role, onClose }: { role: Role; onClose: () => void }) {
  const [description, setDescription] = useState(role.description);
  // A duration set outside the console may not be whole hours; the console shows the hour it rounds to.
  const [hours, setHours] = useState(Math.min(12, Math.max(1, Math.round(role.maxSessionDuration / 3600))));
  return (
    <ActionDialog
      title={`Edit ${role.name}`}
      submitLabel="Save changes"
      onClose={onClose}
      plan={() =>
        roleSettingsProblem(description) ?? [updateRoleStep(role.name, description, role.serviceLinked ? null : hours)]
      }
    >
      <label className="field">
        <span>Description</span>
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      {!role.serviceLinked && (
        <label className="field">
          <span>Maximum session duration</span>
          <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {MAX_SESSION_HOURS.map((h) => (
              <option key={h} value={h}>
                {h} hour{h === 1 ? '' : 's'}
              </option>
            ))}
          </select>
        </label>
      )}
    </ActionDialog>
  );
}
