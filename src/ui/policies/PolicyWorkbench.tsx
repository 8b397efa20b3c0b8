// The policy editor page: write a policy of any kind with live diagnostics, completion, hovers and summary.
import { useState } from 'react';
import type { Policy, PolicyKind } from '../../engine/policy';
import { PageHeader } from '../components/PageHeader';
import { LazyPolicyEditor } from '../editor/LazyPolicyEditor';
import { PolicySummaryView } from '../editor/PolicySummaryView';
import { routeHref } from '../shell/routes';
import { CreatePolicyPanel } from './CreatePolicyPanel';

const KINDS: { kind: PolicyKind; label: string }[] = [
  { kind: 'identity', label: 'Identity-based policy' },
  { kind: 'resource', label: 'Resource-based policy' },
  { kind: 'trust', label: 'Role trust policy' },
  { kind: 'boundary', label: 'Permissions boundary' },
  { kind: 'session', label: 'Session policy' },
  { kind: 'scp', label: 'Service control policy (SCP)' },
  { kind: 'rcp', label: 'Resource control policy (RCP)' },
  { kind: 'endpoint', label: 'VPC endpoint policy' },
];

const STARTER = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadHomeFolder",
      "Effect": "Allow",
      "Action": ["s3:GetObject"],
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/home/\${aws:username}/*"
    }
  ]
}`;

/** The policy editor with a summary of the policy as written. */
export function PolicyWorkbench() {
  const [text, setText] = useState(STARTER);
  const [kind, setKind] = useState<PolicyKind>('identity');
  const [policy, setPolicy] = useState<Policy | null>(null);
  return (
    <>
      <PageHeader
        title="Policy editor"
        crumbs={[{ label: 'Policies', href: routeHref('policies') }]}
        description="Type a policy: problems are underlined as you type, Ctrl+Space suggests actions, condition keys and ARNs, and hovering shows their documentation. In the editor, Ctrl+M toggles whether Tab moves focus."
      />
      <div className="workbench">
        <section className="panel workbench-editor" aria-labelledby="editor-heading">
          <div className="panel-header">
            <h2 id="editor-heading">Policy document</h2>
            <label className="inline-field">
              <span>Policy type</span>
              <select value={kind} onChange={(e) => setKind(e.target.value as PolicyKind)}>
                {KINDS.map((k) => (
                  <option key={k.kind} value={k.kind}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <LazyPolicyEditor
            value={text}
            kind={kind}
            label="Policy document"
            onChange={setText}
            onParsed={(p) => setPolicy(p.policy)}
          />
        </section>
        <section className="panel" aria-labelledby="summary-heading">
          <div className="panel-header">
            <h2 id="summary-heading">Summary</h2>
          </div>
          <div className="panel-body">
            <PolicySummaryView policy={policy} />
          </div>
        </section>
      </div>
      {kind === 'identity' && <CreatePolicyPanel document={text} onImport={setText} />}
    </>
  );
}
