// The explained policy simulator: a request form, a what-if identity policy, the results of every
// action × resource through the engine worker, and the explanation of the selected request.
import { memo, useCallback, useMemo, useState } from 'react';
import { requestTimeMs } from '../../api';
import { isoSeconds } from '../../model';
import type { Identity } from '../../model';
import { LazyPolicyEditor } from '../editor/LazyPolicyEditor';
import { useScenario } from '../state/ScenarioContext';
import { splitList } from './actions';
import { ContextPanel } from './ContextPanel';
import { EngineStatus } from './EngineStatus';
import { identityChoices, resolvePrincipal } from './identities';
import type { ResolvedPrincipal } from './identities';
import type { RequestFields } from './RequestForm';
import { RequestForm } from './RequestForm';
import { RequestExplanation } from './RequestExplanation';
import type { ContextOverride } from './requestContext';
import { contextRows, missingContextKeys } from './requestContext';
import { DECISION_LABELS } from './resultView';
import type { SimulatedRequest } from './runSimulation';
import { defaultResources } from './simulationRequests';
import type { SimulatorForm } from './useSimulation';
import { useSimulation } from './useSimulation';
import './simulator.css';

/** A starting what-if policy: valid, and allowing or denying nothing until the user adds statements. */
export const WHAT_IF_TEMPLATE = '{\n  "Version": "2012-10-17",\n  "Statement": []\n}';

const DEFAULT_ACTION = 's3:GetObject';

/** The picker key of an identity, to preselect the acting one. */
function keyOf(identity: Identity): string {
  if (identity.type === 'root') return `root:${identity.accountId}`;
  if (identity.type === 'user') return `user:${identity.accountId}:${identity.userName}`;
  return 'acting';
}

/** The simulator page's content. */
export default function Simulator() {
  const { scenario } = useScenario();
  const issuedAt = useMemo(() => isoSeconds(requestTimeMs(scenario, Date.now())), [scenario]);
  const choices = useMemo(() => identityChoices(scenario, issuedAt), [scenario, issuedAt]);
  const [fields, setFields] = useState<RequestFields>(() => ({
    mode: 'identity',
    identityKey: keyOf(scenario.session.identity),
    principal: '',
    actionsText: DEFAULT_ACTION,
    resourcesText: defaultResources(scenario, DEFAULT_ACTION).join('\n'),
  }));
  const [overrides, setOverrides] = useState<Record<string, ContextOverride>>({});
  const [whatIf, setWhatIf] = useState(WHAT_IF_TEMPLATE);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [selected, setSelected] = useState(0);

  const caller = useMemo((): ResolvedPrincipal | null => {
    if (fields.mode === 'principal')
      return fields.principal.trim() ? resolvePrincipal(scenario, fields.principal, issuedAt) : null;
    const choice = choices.find((c) => c.key === fields.identityKey) ?? choices[0];
    return choice ? { type: 'identity', identity: choice.identity } : null;
  }, [fields.mode, fields.principal, fields.identityKey, choices, scenario, issuedAt]);

  const form = useMemo(
    (): SimulatorForm => ({
      caller,
      actionsText: fields.actionsText,
      resources: splitList(fields.resourcesText).filter((r) => r !== '*'),
      overrides,
      whatIf,
      edits,
    }),
    [caller, fields.actionsText, fields.resourcesText, overrides, whatIf, edits],
  );
  const { result, lastResults: results, run } = useSimulation(scenario, form);
  const shown = result.state === 'running' ? result.previous : result.state === 'idle' ? null : result;
  const current = results[Math.min(selected, results.length - 1)];

  // Stable callbacks and memoized tables: typing in an editor re-renders the form, not every result.
  const setOverride = useCallback(
    (key: string, value: ContextOverride | undefined) =>
      setOverrides((o) => {
        const next = { ...o };
        if (value === undefined) delete next[key];
        else next[key] = value;
        return next;
      }),
    [],
  );
  const setEdit = useCallback(
    (label: string, text: string | null) =>
      setEdits((e) => {
        const next = { ...e };
        if (text === null) delete next[label];
        else next[label] = text;
        return next;
      }),
    [],
  );
  const explain = useCallback((i: number) => {
    setSelected(i);
    // The explanation is below the table: bring its heading into view once it shows the new request.
    requestAnimationFrame(() => document.getElementById('sim-detail-title')?.scrollIntoView({ block: 'start' }));
  }, []);
  const rows = useMemo(() => contextRows(results.map((r) => r.input.derived)), [results]);
  const missing = useMemo(() => missingKeys(results), [results]);

  return (
    <div className="simulator">
      <div className="sim-top">
        <section className="panel" aria-labelledby="sim-request-title">
          <div className="panel-header">
            <h2 id="sim-request-title">Request</h2>
          </div>
          <RequestForm
            scenario={scenario}
            choices={choices}
            fields={fields}
            onChange={(f) => setFields((x) => ({ ...x, ...f }))}
            onRun={() => {
              setSelected(0);
              run();
            }}
            running={result.state === 'running'}
            entries={shown?.state === 'done' ? shown.entries : []}
          />
        </section>
        <section className="panel sim-whatif" aria-labelledby="sim-whatif-title">
          <div className="panel-header">
            <h2 id="sim-whatif-title">What-if identity policy</h2>
          </div>
          <p className="panel-body sim-hint">
            Added to the caller&apos;s identity-based policies. Results update as you type.
          </p>
          <LazyPolicyEditor value={whatIf} kind="identity" label="What-if identity policy" onChange={setWhatIf} />
        </section>
      </div>

      <EngineStatus />

      {shown?.state === 'error' && (
        <div className="banner banner-error" role="alert">
          {shown.message}
        </div>
      )}
      {shown?.state === 'done' && shown.outcome.type === 'invalid' && (
        <div className="banner banner-error" role="alert">
          <strong>Not simulated: a policy has errors.</strong>
          {results.length > 0 && ' The results below are from the last run.'}
          <ul className="sim-invalid">
            {shown.outcome.invalid.map((p) => (
              <li key={p.label}>
                {p.label}:{' '}
                {p.diagnostics
                  .map((d) => `line ${d.range.startLine}, column ${d.range.startColumn}: ${d.message}`)
                  .join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}

      {results.length > 0 && (
        <>
          <section className="panel" aria-labelledby="sim-results-title">
            <div className="panel-header">
              <h2 id="sim-results-title">
                Results <span className="count">({results.length})</span>
              </h2>
              <span className="panel-actions sim-tally">{tally(results)}</span>
            </div>
            <ResultsTable results={results} selected={Math.min(selected, results.length - 1)} onSelect={explain} />
          </section>
          {current && (
            <section className="panel" aria-labelledby="sim-detail-title">
              <div className="panel-header">
                <h2 id="sim-detail-title" className="sim-detail-title">
                  Why: <code>{current.explanation.request.action}</code> on{' '}
                  <code className="sim-break">{current.explanation.request.resource}</code>
                </h2>
              </div>
              <div className="panel-body">
                <MemoExplanation result={current} edits={edits} onEdit={setEdit} />
              </div>
            </section>
          )}
          <section className="panel" aria-labelledby="sim-context-title">
            <div className="panel-header">
              <h2 id="sim-context-title">Request context</h2>
            </div>
            <MemoContextPanel rows={rows} missing={missing} overrides={overrides} onOverride={setOverride} />
          </section>
        </>
      )}
    </div>
  );
}

const MemoExplanation = memo(RequestExplanation);
const MemoContextPanel = memo(ContextPanel);

/** "2 allowed · 1 denied", for the results header. */
function tally(results: SimulatedRequest[]): string {
  const allowed = results.filter((r) => r.explanation.decision === 'Allow').length;
  return `${allowed} allowed · ${results.length - allowed} denied`;
}

/** The missing keys of every request, merged by key. */
function missingKeys(results: SimulatedRequest[]) {
  const byKey = new Map<string, ReturnType<typeof missingContextKeys>[number]>();
  for (const r of results) {
    const policies = [...r.parsed].map(([label, policy]) => ({ label, policy }));
    for (const m of missingContextKeys(policies, r.input.request.action, r.input.request.context ?? {})) {
      const seen = byKey.get(m.key.toLowerCase());
      if (!seen) byKey.set(m.key.toLowerCase(), { ...m, testedBy: [...m.testedBy] });
      else
        for (const t of m.testedBy)
          if (
            !seen.testedBy.some(
              (x) => x.policy === t.policy && x.statement === t.statement && x.operator === t.operator,
            )
          )
            seen.testedBy.push(t);
    }
  }
  return [...byKey.values()];
}

const ResultsTable = memo(function ResultsTable({
  results,
  selected,
  onSelect,
}: {
  results: SimulatedRequest[];
  selected: number;
  onSelect: (i: number) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table sim-results">
        <caption className="visually-hidden">Simulation results</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Resource</th>
            <th scope="col">Decision</th>
            <th scope="col">
              <span className="visually-hidden">Explanation</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {results.map((r, i) => {
            const { action, resource } = r.explanation.request;
            return (
              <tr key={`${action} ${resource}`} className={i === selected ? 'selected' : ''}>
                <td>
                  <code>{action}</code>
                </td>
                <td className="mono sim-break">{resource}</td>
                <td>
                  <span className={`sim-verdict sim-verdict-${r.explanation.decision}`}>
                    {DECISION_LABELS[r.explanation.decision]}
                  </span>
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={i === selected}
                    onClick={() => onSelect(i)}
                  >
                    {i === selected ? 'Explained below' : 'Explain'}
                    <span className="visually-hidden">
                      {' '}
                      {action} on {resource}
                    </span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
