// Organization: the root, OUs and accounts as a tree, with the SCPs and RCPs attached at each level.
// `#/organization/<id>` (an OU, account or policy id, as console search links) marks that spot and scrolls to it.
import { useEffect } from 'react';
import type { Organization, OrgPolicy } from '../../model';
import type { Route } from '../shell/routes';
import { PageHeader } from '../components/PageHeader';
import { PolicyDocumentView } from '../components/PolicyDocumentView';
import { formatAccountId, useScenario } from '../state/ScenarioContext';

function Attached({ org, target }: { org: Organization; target: string }) {
  const policies = org.attachments
    .filter((a) => a.targetId === target)
    .map((a) => org.policies.find((p) => p.id === a.policyId))
    .filter((p): p is OrgPolicy => !!p);
  if (policies.length === 0) return null;
  return (
    <span className="attached-policies">
      {policies.map((p) => (
        <span key={p.id} className={`badge ${p.type === 'SERVICE_CONTROL_POLICY' ? 'badge-scp' : 'badge-rcp'}`}>
          {p.type === 'SERVICE_CONTROL_POLICY' ? 'SCP' : 'RCP'} {p.name}
        </span>
      ))}
    </span>
  );
}

/** The DOM id of a linked spot on the page. */
const spotId = (id: string) => `org-${id}`;

/** Props that make a tree node or policy the linked spot when `target` names it. */
const spot = (id: string, target: string | null) =>
  id === target ? { id: spotId(id), className: 'org-target', 'aria-current': 'location' as const } : {};

function Level({
  org,
  id,
  name,
  names,
  target,
}: {
  org: Organization;
  id: string;
  name: string;
  names: Map<string, string>;
  target: string | null;
}) {
  const units = org.units.filter((u) => u.parentId === id);
  const accounts = org.accounts.filter((a) => a.parentId === id);
  return (
    <li>
      <span className="tree-node" {...spot(id, target)}>
        <strong>{name}</strong> <code className="muted">{id}</code> <Attached org={org} target={id} />
      </span>
      {(units.length > 0 || accounts.length > 0) && (
        <ul>
          {units.map((u) => (
            <Level key={u.id} org={org} id={u.id} name={`OU ${u.name}`} names={names} target={target} />
          ))}
          {accounts.map((a) => (
            <li key={a.accountId}>
              <span className="tree-node" {...spot(a.accountId, target)}>
                {names.get(a.accountId) ?? 'Account'} <code>{formatAccountId(a.accountId)}</code>
                {a.accountId === org.managementAccountId && (
                  <span className="badge">management account — SCPs and RCPs do not apply</span>
                )}
                <Attached org={org} target={a.accountId} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The Organization section; `route.item` is the OU, account or policy to show. */
export function OrganizationPage({ route }: { route: Route }) {
  const { scenario } = useScenario();
  const org = scenario.organization;
  const names = new Map(scenario.accounts.map((a) => [a.id, a.name]));
  const target = route.item;
  // A frame later: the app first focuses the page heading after a navigation, which scrolls to the top.
  useEffect(() => {
    if (!target) return;
    const frame = requestAnimationFrame(() =>
      document.getElementById(spotId(target))?.scrollIntoView({ block: 'center' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [target]);
  return (
    <>
      <PageHeader
        title="Organization"
        description="AWS Organizations: accounts grouped into organizational units, with service control policies and resource control policies at each level."
      />
      {!org ? (
        <p>This scenario has no organization.</p>
      ) : (
        <div className="stack">
          <section className="panel" aria-labelledby="tree-heading">
            <div className="panel-header">
              <h2 id="tree-heading">
                Structure <span className="count">({org.id})</span>
              </h2>
            </div>
            <ul className="org-tree">
              <Level org={org} id={org.rootId} name="Root" names={names} target={target} />
            </ul>
          </section>
          <section className="panel" aria-labelledby="org-policies-heading">
            <div className="panel-header">
              <h2 id="org-policies-heading">
                Policies <span className="count">({org.policies.length})</span>
              </h2>
            </div>
            {org.policies.map((p) => (
              <details key={p.id} className="inline-policy" open={p.id === target || undefined}>
                <summary {...spot(p.id, target)}>
                  {p.name} <span className="badge">{p.type === 'SERVICE_CONTROL_POLICY' ? 'SCP' : 'RCP'}</span>
                  {p.awsManaged && <span className="badge">AWS managed</span>}{' '}
                  <span className="muted">{p.description}</span>
                </summary>
                <PolicyDocumentView
                  document={p.content}
                  kind={p.type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp'}
                  label={`Policy ${p.name}`}
                />
              </details>
            ))}
          </section>
        </div>
      )}
    </>
  );
}
