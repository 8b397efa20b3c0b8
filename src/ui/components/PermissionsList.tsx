// The Permissions tab of a user, group or role: attached managed policies, inline policies and the boundary.
import type { Group, InlinePolicy } from '../../model';
import { routeHref } from '../shell/routes';
import { PolicyDocumentView } from './PolicyDocumentView';

interface Props {
  attached: string[];
  inline: InlinePolicy[];
  boundary?: string | null;
  /** For a user: the groups it belongs to, whose policies it also gets. */
  groups?: Group[];
}

const policyName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** Lists an entity's policies; inline documents open in place. */
export function PermissionsList({ attached, inline, boundary, groups }: Props) {
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="attached-heading">
        <div className="panel-header"><h2 id="attached-heading">Attached policies <span className="count">({attached.length})</span></h2></div>
        {attached.length === 0 ? <p className="panel-body muted">No managed policies attached.</p> : (
          <ul className="link-list">
            {attached.map((arn) => (
              <li key={arn}>
                <a href={routeHref('policies', arn)}>{policyName(arn)}</a>
                <span className="badge">{arn.startsWith('arn:aws:iam::aws:') ? 'AWS managed' : 'Customer managed'}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="inline-heading">
        <div className="panel-header"><h2 id="inline-heading">Inline policies <span className="count">({inline.length})</span></h2></div>
        {inline.length === 0 ? <p className="panel-body muted">No inline policies.</p> : inline.map((p) => (
          <details key={p.name} className="inline-policy">
            <summary>{p.name}</summary>
            <PolicyDocumentView document={p.document} kind="identity" label={`Inline policy ${p.name}`} />
          </details>
        ))}
      </section>
      {groups && (
        <section className="panel" aria-labelledby="via-groups-heading">
          <div className="panel-header"><h2 id="via-groups-heading">Policies from groups</h2></div>
          {groups.every((g) => g.attachedPolicies.length + g.inlinePolicies.length === 0) ? <p className="panel-body muted">None.</p> : (
            <ul className="link-list">
              {groups.flatMap((g) => [
                ...g.attachedPolicies.map((arn) => (
                  <li key={`${g.name} ${arn}`}><a href={routeHref('policies', arn)}>{policyName(arn)}</a> <span className="muted">via group</span> <a href={routeHref('groups', g.name)}>{g.name}</a></li>
                )),
                ...g.inlinePolicies.map((p) => (
                  <li key={`${g.name} inline ${p.name}`}>{p.name} <span className="muted">(inline) via group</span> <a href={routeHref('groups', g.name)}>{g.name}</a></li>
                )),
              ])}
            </ul>
          )}
        </section>
      )}
      {boundary !== undefined && (
        <section className="panel" aria-labelledby="boundary-heading">
          <div className="panel-header"><h2 id="boundary-heading">Permissions boundary</h2></div>
          <p className="panel-body">{boundary ? <a href={routeHref('policies', boundary)}>{policyName(boundary)}</a> : <span className="muted">Not set</span>}</p>
        </section>
      )}
    </div>
  );
}
