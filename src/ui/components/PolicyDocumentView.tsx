// A policy document shown as the console shows it: a Summary view and a JSON view (read-only editor).
import { useMemo, useState } from 'react';
import type { PolicyKind } from '../../engine/policy';
import { parsePolicy } from '../../engine/parse/parsePolicy';
import { LazyPolicyEditor } from '../editor/LazyPolicyEditor';
import { PolicySummaryView } from '../editor/PolicySummaryView';

interface Props {
  document: string;
  kind: PolicyKind;
  /** Names the document, e.g. "Permissions policy AdministratorAccess". */
  label: string;
}

/** Summary and JSON views of one policy document. */
export function PolicyDocumentView({ document, kind, label }: Props) {
  const [view, setView] = useState<'summary' | 'json'>('summary');
  const policy = useMemo(() => parsePolicy(document, kind).policy, [document, kind]);
  return (
    <div className="policy-document">
      <div className="segmented" role="group" aria-label={`${label}: view`}>
        <button type="button" aria-pressed={view === 'summary'} onClick={() => setView('summary')}>
          Summary
        </button>
        <button type="button" aria-pressed={view === 'json'} onClick={() => setView('json')}>
          JSON
        </button>
      </div>
      {view === 'summary' ? (
        <PolicySummaryView policy={policy} />
      ) : (
        <LazyPolicyEditor value={document} kind={kind} label={label} readOnly />
      )}
    </div>
  );
}
