// The Permissions tab of a user, group or role: attached managed policies, inline policies and the boundary.
import type { InlinePolicy } from '../../model';
import { routeHref } from '../shell/routes';
import { PolicyDocumentView } from './PolicyDocumentView';

interface Props {
  attached: string[];
  inline: InlinePolicy[];
  boundary?: string | null;
}

const policyName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** Lists an entity's policies; inline documents open in place. */
export function PermissionsList({ attached, inline, boundary }: Props) {
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
      {boundary !== undefined && (
        <section className="panel" aria-labelledby="boundary-heading">
          <div className="panel-header"><h2 id="boundary-heading">Permissions boundary</h2></div>
          <p className="panel-body">{boundary ? <a href={routeHref('policies', boundary)}>{policyName(boundary)}</a> : <span className="muted">Not set</span>}</p>
        </section>
      )}
    </div>
  );
}
