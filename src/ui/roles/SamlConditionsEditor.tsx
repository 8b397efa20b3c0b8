// The SAML attribute conditions of the create-role wizard's SAML 2.0 step: rows of attribute and value,
// added and removed, which the trust policy requires with StringEquals.
import type { SamlCondition } from './trustPolicies';
import { SAML_CONDITION_KEYS } from './trustPolicies';

interface Props {
  conditions: SamlCondition[];
  /** Whether at least one row is required (a role for programmatic access only). */
  required: boolean;
  onChange: (conditions: SamlCondition[]) => void;
}

/** Attribute/value rows with Add condition and Remove. */
export function SamlConditionsEditor({ conditions, required, onChange }: Props) {
  const set = (i: number, c: SamlCondition) => onChange(conditions.map((x, j) => (j === i ? c : x)));
  return (
    <fieldset>
      <legend>{required ? 'Conditions' : 'Conditions (optional)'}</legend>
      <p className="muted">
        {required
          ? 'A role for programmatic access only must require at least one SAML attribute, so that only the users whose assertion carries that value can assume it.'
          : 'Further SAML attributes the assertion must carry.'}
      </p>
      {conditions.map((c, i) => (
        <div className="tag-row" key={i}>
          <label className="inline-field">
            <span>Attribute</span>
            <select value={c.key} onChange={(e) => set(i, { ...c, key: e.target.value })}>
              {SAML_CONDITION_KEYS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            <span>Value</span>
            <input value={c.value} onChange={(e) => set(i, { ...c, value: e.target.value })} />
          </label>
          <button
            type="button"
            className="btn"
            onClick={() => onChange(conditions.filter((_, j) => j !== i))}
            aria-label={`Remove condition ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn"
        onClick={() => onChange([...conditions, { key: SAML_CONDITION_KEYS[0], value: '' }])}
      >
        Add condition
      </button>
    </fieldset>
  );
}
