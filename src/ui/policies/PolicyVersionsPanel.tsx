// A customer managed policy's versions and edits: "Edit" saves the document as a new default version
// (CreatePolicyVersion; at IAM's five versions the oldest non-default one can be deleted first), the
// Versions tab sets a version as the default or deletes one, and "Delete" removes the whole policy.
import { useState } from 'react';
import type { Account, ManagedPolicy } from '../../model';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { formatTime } from '../components/format';
import { LazyPolicyEditor } from '../editor/LazyPolicyEditor';
import { routeHref } from '../shell/routes';
import { ActionDialog } from '../components/ActionDialog';
import { step } from '../actions/apiSteps';
import { DeleteEntityButton } from '../components/DeleteEntityButton';
import { deletePolicySteps } from '../actions/deleteSteps';
import { documentProblem } from '../components/documentProblem';
import { atVersionLimit, MAX_POLICY_VERSIONS, newVersionSteps, oldestNonDefaultVersion } from './policyVersionSteps';
import { useRunSteps } from '../actions/useRunSteps';

const defaultDocument = (policy: ManagedPolicy) =>
  policy.versions.find((v) => v.versionId === policy.defaultVersionId)?.document ?? '';

function EditPolicyDialog({ policy, onClose }: { policy: ManagedPolicy; onClose: () => void }) {
  const [document, setDocument] = useState(defaultDocument(policy));
  const oldest = oldestNonDefaultVersion(policy);
  const [deleteOldest, setDeleteOldest] = useState(false);
  return (
    <ActionDialog
      wide
      title={`Edit ${policy.name}`}
      submitLabel="Save changes"
      onClose={onClose}
      plan={() => documentProblem(document, 'identity') ?? newVersionSteps(policy, document, deleteOldest)}
    >
      <p className="muted">Saving creates a new version of the policy and makes it the default.</p>
      <LazyPolicyEditor value={document} kind="identity" label="Policy document" onChange={setDocument} />
      {atVersionLimit(policy) && oldest && (
        <label className="check">
          <input type="checkbox" checked={deleteOldest} onChange={(e) => setDeleteOldest(e.target.checked)} />
          <span>
            This policy has the maximum of {MAX_POLICY_VERSIONS} versions. Delete the oldest version that is not the
            default ({oldest}) to make room.
          </span>
        </label>
      )}
    </ActionDialog>
  );
}

/** The page actions of a customer managed policy: Edit and Delete. */
export function CustomerPolicyActions({ account, policy }: { account: Account; policy: ManagedPolicy }) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-primary" onClick={() => setEditing(true)}>
        Edit<span className="visually-hidden"> policy {policy.name}</span>
      </button>
      <DeleteEntityButton
        noun="policy"
        name={policy.name}
        steps={() => deletePolicySteps(account, policy)}
        listHref={routeHref('policies')}
        alsoRemoved="It is detached from every user, group and role, and its other versions are deleted first."
      />
      {editing && <EditPolicyDialog policy={policy} onClose={() => setEditing(false)} />}
    </>
  );
}

/** The Policy versions tab: each version, with "Set as default" and "Delete" for the others. */
export function PolicyVersionsPanel({ policy }: { policy: ManagedPolicy }) {
  const { run, failure, busy } = useRunSteps();
  const PolicyArn = policy.arn;
  return (
    <div className="stack">
      {failure && <CallFailureNotice outcome={failure} />}
      <table className="data-table">
        <caption className="visually-hidden">Policy versions</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Created</th>
            <th scope="col">Default</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {[...policy.versions].reverse().map((v) => (
            <tr key={v.versionId}>
              <td>{v.versionId}</td>
              <td>{formatTime(v.createdAt)}</td>
              <td>{v.versionId === policy.defaultVersionId ? 'Default' : ''}</td>
              <td>
                {v.versionId !== policy.defaultVersionId && (
                  <div className="row-actions">
                    <button
                      type="button"
                      className="btn"
                      disabled={busy}
                      aria-label={`Set ${v.versionId} as default version`}
                      onClick={() =>
                        void run([step('iam:SetDefaultPolicyVersion', { PolicyArn, VersionId: v.versionId })])
                      }
                    >
                      Set as default
                    </button>
                    <button
                      type="button"
                      className="btn"
                      disabled={busy}
                      aria-label={`Delete version ${v.versionId}`}
                      onClick={() => void run([step('iam:DeletePolicyVersion', { PolicyArn, VersionId: v.versionId })])}
                    >
                      Delete
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
