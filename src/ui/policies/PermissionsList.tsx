// The Permissions tab of a user, group or role: attached managed policies, inline policies and the
// boundary; given the entity, with the console's actions (add, remove, create/edit inline, boundary).
import { useState } from 'react';
import type { Group, InlinePolicy } from '../../model';
import { routeHref } from '../shell/routes';
import { ConfirmRemoveDialog } from '../components/ConfirmRemoveDialog';
import type { Removal } from '../components/ConfirmRemoveDialog';
import { AttachPoliciesDialog, BoundaryDialog, InlinePolicyDialog } from './PermissionsDialogs';
import type { EntityRef } from '../actions/entitySteps';
import { boundaryRemoval, detachRemoval, inlineRemoval } from '../components/removals';
import { policyNameOf as policyName } from '../components/format';
import { PolicyDocumentView } from '../components/PolicyDocumentView';

interface Props {
  attached: string[];
  inline: InlinePolicy[];
  boundary?: string | null;
  /** For a user: the groups it belongs to, whose policies it also gets. */
  groups?: Group[];
  /** The entity whose permissions these are; without it the list is read-only. */
  entity?: EntityRef;
}

type Open =
  | { type: 'attach' }
  | { type: 'inline'; existing?: InlinePolicy }
  | { type: 'boundary' }
  | { type: 'remove'; removal: Removal }
  | null;

/** Lists an entity's policies; inline documents open in place. */
export function PermissionsList({ attached, inline, boundary, groups, entity }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const confirm = (removal: Removal) => setOpen({ type: 'remove', removal });
  const boundaryEntity = entity && entity.kind !== 'Group' ? { ...entity, kind: entity.kind } : null;
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="attached-heading">
        <div className="panel-header">
          <h2 id="attached-heading">
            Attached policies <span className="count">({attached.length})</span>
          </h2>
          {entity && (
            <div className="tab-toolbar">
              <button type="button" className="btn btn-primary" onClick={() => setOpen({ type: 'attach' })}>
                Add permissions
              </button>
            </div>
          )}
        </div>
        {attached.length === 0 ? (
          <p className="panel-body muted">No managed policies attached.</p>
        ) : (
          <ul className="link-list">
            {attached.map((arn) => (
              <li key={arn} className="row-with-action">
                <a href={routeHref('policies', arn)}>{policyName(arn)}</a>
                <span className="badge">
                  {arn.startsWith('arn:aws:iam::aws:') ? 'AWS managed' : 'Customer managed'}
                </span>
                {entity && (
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Remove ${policyName(arn)} from ${entity.name}`}
                    onClick={() => confirm(detachRemoval(entity, arn))}
                  >
                    Remove
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="inline-heading">
        <div className="panel-header">
          <h2 id="inline-heading">
            Inline policies <span className="count">({inline.length})</span>
          </h2>
          {entity && (
            <div className="tab-toolbar">
              <button type="button" className="btn" onClick={() => setOpen({ type: 'inline' })}>
                Create inline policy
              </button>
            </div>
          )}
        </div>
        {inline.length === 0 ? (
          <p className="panel-body muted">No inline policies.</p>
        ) : (
          inline.map((p) => (
            <details key={p.name} className="inline-policy">
              <summary>{p.name}</summary>
              {entity && (
                <div className="tab-toolbar">
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Edit inline policy ${p.name}`}
                    onClick={() => setOpen({ type: 'inline', existing: p })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Delete inline policy ${p.name}`}
                    onClick={() => confirm(inlineRemoval(entity, p.name))}
                  >
                    Delete
                  </button>
                </div>
              )}
              <PolicyDocumentView document={p.document} kind="identity" label={`Inline policy ${p.name}`} />
            </details>
          ))
        )}
      </section>
      {groups && (
        <section className="panel" aria-labelledby="via-groups-heading">
          <div className="panel-header">
            <h2 id="via-groups-heading">Policies from groups</h2>
          </div>
          {groups.every((g) => g.attachedPolicies.length + g.inlinePolicies.length === 0) ? (
            <p className="panel-body muted">None.</p>
          ) : (
            <ul className="link-list">
              {groups.flatMap((g) => [
                ...g.attachedPolicies.map((arn) => (
                  <li key={`${g.name} ${arn}`}>
                    <a href={routeHref('policies', arn)}>{policyName(arn)}</a> <span className="muted">via group</span>{' '}
                    <a href={routeHref('groups', g.name)}>{g.name}</a>
                  </li>
                )),
                ...g.inlinePolicies.map((p) => (
                  <li key={`${g.name} inline ${p.name}`}>
                    {p.name} <span className="muted">(inline) via group</span>{' '}
                    <a href={routeHref('groups', g.name)}>{g.name}</a>
                  </li>
                )),
              ])}
            </ul>
          )}
        </section>
      )}
      {boundary !== undefined && (
        <section className="panel" aria-labelledby="boundary-heading">
          <div className="panel-header">
            <h2 id="boundary-heading">Permissions boundary</h2>
            {boundaryEntity && (
              <div className="tab-toolbar">
                <button type="button" className="btn" onClick={() => setOpen({ type: 'boundary' })}>
                  {boundary ? 'Change boundary' : 'Set permissions boundary'}
                </button>
                {boundary && (
                  <button
                    type="button"
                    className="btn"
                    onClick={() => confirm(boundaryRemoval(boundaryEntity, boundary))}
                  >
                    Remove boundary
                  </button>
                )}
              </div>
            )}
          </div>
          <p className="panel-body">
            {boundary ? (
              <a href={routeHref('policies', boundary)}>{policyName(boundary)}</a>
            ) : (
              <span className="muted">Not set</span>
            )}
          </p>
        </section>
      )}
      {entity && open?.type === 'attach' && (
        <AttachPoliciesDialog entity={entity} attached={attached} onClose={close} />
      )}
      {entity && open?.type === 'inline' && (
        <InlinePolicyDialog
          entity={entity}
          existing={open.existing}
          taken={inline.map((p) => p.name)}
          onClose={close}
        />
      )}
      {boundaryEntity && open?.type === 'boundary' && (
        <BoundaryDialog entity={boundaryEntity} current={boundary ?? null} onClose={close} />
      )}
      {open?.type === 'remove' && <ConfirmRemoveDialog removal={open.removal} onClose={close} />}
    </div>
  );
}
