// The simulator's request form: who asks (a scenario identity or a typed principal), which actions
// (wildcards expand) and which resources (typed, or added from the scenario).
import { useId } from 'react';
import type { Scenario } from '../../model';
import type { ExpandedAction } from './actions';
import type { IdentityChoice } from './identities';

/** The form's fields and their setters. */
export interface RequestFields {
  mode: 'identity' | 'principal';
  identityKey: string;
  principal: string;
  actionsText: string;
  resourcesText: string;
}

interface Props {
  scenario: Scenario;
  choices: IdentityChoice[];
  fields: RequestFields;
  onChange: (fields: Partial<RequestFields>) => void;
  onRun: () => void;
  running: boolean;
  /** The expansion of the last run's actions, to show what wildcards became. */
  entries: ExpandedAction[];
}

const GROUPS = ['Root users', 'IAM users', 'Role sessions'] as const;

/** The request half of the simulator. */
export function RequestForm({ scenario, choices, fields, onChange, onRun, running, entries }: Props) {
  const id = useId();
  const addResource = (arn: string) => {
    if (!arn) return;
    const lines = fields.resourcesText
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && l !== '*');
    if (!lines.includes(arn)) onChange({ resourcesText: [...lines, arn].join('\n') });
  };
  return (
    <form
      className="sim-form"
      onSubmit={(e) => {
        e.preventDefault();
        onRun();
      }}
      aria-label="Request"
    >
      <fieldset className="sim-field">
        <legend>Principal</legend>
        <div className="segmented" role="group" aria-label="Principal source">
          <button
            type="button"
            aria-pressed={fields.mode === 'identity'}
            onClick={() => onChange({ mode: 'identity' })}
          >
            From the scenario
          </button>
          <button
            type="button"
            aria-pressed={fields.mode === 'principal'}
            onClick={() => onChange({ mode: 'principal' })}
          >
            Principal ARN
          </button>
        </div>
        {fields.mode === 'identity' ? (
          <>
            <label htmlFor={`${id}-identity`} className="sim-label">
              Identity
            </label>
            <select
              id={`${id}-identity`}
              className="sim-input"
              value={fields.identityKey}
              onChange={(e) => onChange({ identityKey: e.target.value })}
            >
              {GROUPS.map((g) => (
                <optgroup key={g} label={g}>
                  {choices
                    .filter((c) => c.group === g)
                    .map((c) => (
                      <option key={c.key} value={c.key}>
                        {c.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            <p className="sim-hint mono">{choices.find((c) => c.key === fields.identityKey)?.arn}</p>
          </>
        ) : (
          <>
            <label htmlFor={`${id}-principal`} className="sim-label">
              Principal
            </label>
            <input
              id={`${id}-principal`}
              className="sim-input mono"
              value={fields.principal}
              spellCheck={false}
              placeholder="arn:aws:iam::111122223333:user/Alice"
              aria-describedby={`${id}-principal-hint`}
              onChange={(e) => onChange({ principal: e.target.value })}
            />
            <p id={`${id}-principal-hint`} className="sim-hint">
              A user, role, session or root ARN of the scenario is simulated with its policies; any other ARN, an AWS
              service (ec2.amazonaws.com) or anonymous is an outside caller: only the resource side and the what-if
              policy apply.
            </p>
          </>
        )}
      </fieldset>

      <div className="sim-field">
        <label htmlFor={`${id}-actions`} className="sim-label">
          Actions
        </label>
        <textarea
          id={`${id}-actions`}
          className="sim-input mono"
          rows={2}
          value={fields.actionsText}
          spellCheck={false}
          aria-describedby={`${id}-actions-hint`}
          onChange={(e) => onChange({ actionsText: e.target.value })}
        />
        <p id={`${id}-actions-hint`} className="sim-hint">
          One or more, separated by commas or new lines. Wildcards such as <code>s3:Get*</code> expand to every matching
          action.
        </p>
        {entries.some((e) => e.actions.length !== 1 || e.problem) && (
          <ul className="sim-expansions" aria-label="Action expansion">
            {entries
              .filter((e) => e.actions.length !== 1 || e.problem)
              .map((e) => (
                <li key={e.typed}>
                  <code>{e.typed}</code> {e.actions.length > 1 && <>→ {e.actions.length} actions</>}{' '}
                  {e.problem && <span className="warning-text">{e.problem}</span>}
                </li>
              ))}
          </ul>
        )}
      </div>

      <div className="sim-field">
        <label htmlFor={`${id}-resources`} className="sim-label">
          Resources
        </label>
        <textarea
          id={`${id}-resources`}
          className="sim-input mono"
          rows={3}
          value={fields.resourcesText}
          spellCheck={false}
          aria-describedby={`${id}-resources-hint`}
          onChange={(e) => onChange({ resourcesText: e.target.value })}
        />
        <p id={`${id}-resources-hint`} className="sim-hint">
          One ARN per line; <code>*</code> or empty means every resource.
        </p>
        <label htmlFor={`${id}-add-resource`} className="visually-hidden">
          Add a resource from the scenario
        </label>
        <select id={`${id}-add-resource`} className="sim-input" value="" onChange={(e) => addResource(e.target.value)}>
          <option value="">Add a resource from the scenario…</option>
          <optgroup label="Resources">
            {scenario.resources.map((r) => (
              <option key={r.arn} value={r.arn}>
                {r.arn}
              </option>
            ))}
          </optgroup>
          {/* Roles are the resource of sts:AssumeRole (their trust policy decides) and of iam:PassRole. */}
          <optgroup label="IAM roles">
            {scenario.accounts
              .flatMap((a) => a.roles)
              .map((r) => (
                <option key={r.arn} value={r.arn}>
                  {r.arn}
                </option>
              ))}
          </optgroup>
          <optgroup label="IAM users">
            {scenario.accounts
              .flatMap((a) => a.users)
              .map((u) => (
                <option key={u.arn} value={u.arn}>
                  {u.arn}
                </option>
              ))}
          </optgroup>
        </select>
      </div>

      <div className="sim-actions">
        <button type="submit" className="btn btn-primary">
          Run simulation
        </button>
        {running && (
          <span className="sim-hint" aria-live="polite">
            Simulating…
          </span>
        )}
      </div>
    </form>
  );
}
