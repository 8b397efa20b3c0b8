// One simulated request explained: the decision and AWS's message, the path through the evaluation
// flow, the decisive statement highlighted in its policy, and every policy's statements element by element.
import { Suspense, lazy, useMemo, useState } from 'react';
import { LazyPolicyEditor } from '../editor/LazyPolicyEditor';
import type { PolicyView } from './resultView';
import { DECISION_LABELS, decisiveSummary, flowSteps, policyViews, statementName } from './resultView';
import type { SimulatedRequest } from './runSimulation';

const PolicyHighlightView = lazy(() => import('./PolicyHighlightView'));

interface Props {
  result: SimulatedRequest;
  /** Edited policy texts by label, and how to change them. */
  edits: Record<string, string>;
  onEdit: (label: string, text: string | null) => void;
}

const DECISION_TONE = { Allow: 'allow', ExplicitDeny: 'deny', ImplicitDeny: 'implicit' } as const;

/** The explanation of one request. */
export function RequestExplanation({ result, edits, onEdit }: Props) {
  const e = result.explanation;
  const views = useMemo(() => policyViews(e, result.input.policies), [e, result.input.policies]);
  const decisive = decisiveSummary(views);
  const firstDecisive = views.find((v) => v.decisiveRanges.length > 0);
  const [chosen, setChosen] = useState<string | null>(null);
  const shown =
    views.find((v) => v.label === chosen) ?? firstDecisive ?? views.find((v) => v.slot === e.missingAllow) ?? views[0];
  // While editing, the edited policy stays shown even if the edit changes which statement decides.
  const [editing, setEditing] = useState(false);

  return (
    <div className="sim-explanation">
      <div className={`sim-decision sim-decision-${DECISION_TONE[e.decision]}`} aria-live="polite">
        <p className="sim-decision-label" data-testid="decision">
          {DECISION_LABELS[e.decision]}
        </p>
        <p className="sim-message" data-testid="message">
          {e.summary}
        </p>
        {decisive.length > 0 && (
          <p className="sim-decided-by" data-testid="decided-by">
            {e.decision === 'Allow' ? 'Allowed by' : 'Denied by'}: {decisive.join('; ')}
          </p>
        )}
        {!result.agrees && (
          <p className="warning-text">
            The worker&apos;s decision differs from the reference explanation: please report this.
          </p>
        )}
      </div>

      <div className="sim-explain-grid">
        <section aria-labelledby="sim-flow-title" className="sim-flow-section">
          <h3 id="sim-flow-title">Evaluation flow</h3>
          <ol className="sim-flow">
            {flowSteps(e).map((step) => (
              <li
                key={step.title}
                className={`sim-step ${step.passes ? 'pass' : 'fail'} ${step.decisive ? 'decisive' : ''}`}
              >
                <span className="sim-step-mark" aria-hidden="true">
                  {step.passes ? '✓' : '✕'}
                </span>
                <div>
                  <p className="sim-step-title">
                    {step.title} <span className="sim-chip">{step.verdict}</span>
                    {step.decisive && <span className="sim-chip sim-chip-decisive">decides</span>}
                  </p>
                  <p className="sim-step-detail">{step.detail}</p>
                </div>
              </li>
            ))}
          </ol>
          {e.notes.length > 0 && (
            <ul className="sim-notes" aria-label="Rules that applied">
              {e.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </section>

        {shown && (
          <section aria-labelledby="sim-source-title" className="sim-source">
            <div className="sim-source-head">
              <h3 id="sim-source-title">{shown.decisiveRanges.length ? 'Decisive statement' : 'Policy'}</h3>
              <label className="sim-source-pick">
                <span className="visually-hidden">Policy shown</span>
                <select
                  value={shown.label}
                  onChange={(ev) => {
                    setChosen(ev.target.value);
                    setEditing(false);
                  }}
                >
                  {views.map((v) => (
                    <option key={v.label} value={v.label}>
                      {v.label}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {editing ? (
              <LazyPolicyEditor
                key={shown.label}
                value={edits[shown.label] ?? shown.text}
                kind={shown.kind}
                label={`Edit ${shown.label}`}
                onChange={(t) => onEdit(shown.label, t)}
              />
            ) : (
              <Suspense fallback={<pre className="sim-policy-host editor-fallback">{shown.text}</pre>}>
                <PolicyHighlightView
                  text={shown.text}
                  ranges={shown.decisiveRanges}
                  effect={decisiveEffect(shown)}
                  label={`${shown.label}, read-only`}
                />
              </Suspense>
            )}
            <div className="sim-source-actions">
              <button
                type="button"
                className="btn"
                aria-pressed={editing}
                onClick={() => {
                  setChosen(shown.label);
                  setEditing(!editing);
                }}
              >
                {editing ? 'Show the explanation' : 'Edit this policy (what if)'}
              </button>
              {shown.label in edits && (
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    setEditing(false);
                    onEdit(shown.label, null);
                  }}
                >
                  Discard edits
                </button>
              )}
              {shown.label in edits && <span className="sim-chip sim-chip-edited">edited</span>}
            </div>
          </section>
        )}
      </div>

      <section aria-labelledby="sim-policies-title">
        <h3 id="sim-policies-title">Policies and statements</h3>
        {views.length === 0 && <p className="muted">No policy applies to this request.</p>}
        {views.map((v) => (
          <PolicyStatements
            key={`${v.slot}:${v.level}:${v.policy}`}
            view={v}
            onShow={() => {
              setChosen(v.label);
              setEditing(false);
            }}
          />
        ))}
      </section>
    </div>
  );
}

const decisiveEffect = (v: PolicyView) => v.statements.find((s) => s.decisive)?.effect ?? null;

const SLOT_CHIPS = {
  identity: 'Identity',
  resource: 'Resource',
  boundary: 'Boundary',
  session: 'Session',
  scp: 'SCP',
  rcp: 'RCP',
  endpoint: 'Endpoint',
} as const;

function PolicyStatements({ view, onShow }: { view: PolicyView; onShow: () => void }) {
  const applying = view.statements.filter((s) => s.applies).length;
  return (
    <details className="sim-policy" open={view.decisiveRanges.length > 0 || undefined}>
      <summary>
        <span className="sim-chip">{SLOT_CHIPS[view.slot]}</span>
        <span className="sim-policy-label">{view.label}</span>
        <span className="muted">
          {applying} of {view.statements.length} statement{view.statements.length === 1 ? '' : 's'} apply
        </span>
      </summary>
      <button type="button" className="link-button sim-show" onClick={onShow}>
        Show in the editor
      </button>
      <ol className="sim-statements">
        {view.statements.map((s) => (
          <li key={s.index} className={`sim-statement ${s.decisive ? 'decisive' : ''} ${s.applies ? 'applies' : ''}`}>
            <p className="sim-statement-head">
              <span className={`badge ${s.effect === 'Allow' ? 'badge-allow' : 'badge-deny'}`}>{s.effect}</span>
              <strong>{statementName(s)}</strong>
              <span className="muted">
                Ln {s.range.startLine}–{s.range.endLine}
              </span>
              <span className={s.applies ? 'sim-applies' : 'muted'}>{s.applies ? 'applies' : 'does not apply'}</span>
              {s.decisive && <span className="sim-chip sim-chip-decisive">decisive</span>}
            </p>
            <ul className="sim-reasons">
              {s.reasons.map((r, i) => (
                <li key={i} className={r.matched ? 'match' : 'miss'}>
                  <span className="sim-reason-mark" aria-hidden="true">
                    {r.matched ? '✓' : '✕'}
                  </span>
                  <span className="visually-hidden">{r.matched ? 'matched:' : 'not matched:'}</span>
                  <span className="sim-reason-element">{r.element}</span>{' '}
                  <span className="sim-reason-text">{r.text}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
