// The request context: every key the model derived, each overridable or left out, keys the user adds,
// and the condition keys that the applicable policies test but the request lacks.
import { useId, useState } from 'react';
import type { ContextValue } from '../../engine/contract';
import type { ContextOverride, ContextRow, MissingKey } from './requestContext';
import { formatContextValue, parseOverride } from './requestContext';

interface Props {
  rows: ContextRow[];
  missing: MissingKey[];
  overrides: Record<string, ContextOverride>;
  onOverride: (key: string, value: ContextOverride | undefined) => void;
}

/** The context table with its overrides. */
export function ContextPanel({ rows, missing, overrides, onOverride }: Props) {
  const id = useId();
  const [newKey, setNewKey] = useState('');
  const [newValue, setNewValue] = useState('');
  const derivedKeys = new Set(rows.map((r) => r.key));
  const added = Object.keys(overrides).filter((k) => !derivedKeys.has(k));
  const add = (key: string, value: ContextValue) => {
    if (!key.trim()) return;
    onOverride(key.trim(), value);
    setNewKey('');
    setNewValue('');
  };

  return (
    <div className="sim-context">
      {missing.length > 0 && (
        <div className="sim-missing" role="note" aria-labelledby={`${id}-missing`}>
          <p id={`${id}-missing`} className="sim-missing-title">
            Context keys the policies test but the request lacks
          </p>
          <ul>
            {missing.map((m) => (
              <li key={m.key}>
                <code>{m.key}</code>{' '}
                <span className="muted">
                  tested by {m.testedBy.map((t) => `${t.operator} in ${t.statement} of ${t.policy}`).join('; ')}
                </span>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setNewKey(m.key);
                    document.getElementById(`${id}-new-value`)?.focus();
                  }}
                >
                  Give it a value
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="table-scroll">
        <table className="data-table sim-context-table">
          <caption className="visually-hidden">Request context</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Value from the model</th>
              <th scope="col">Override</th>
              <th scope="col">Leave out</th>
            </tr>
          </thead>
          <tbody>
            {[...rows, ...added.map((key): ContextRow => ({ key, value: null, varies: false }))].map((row) => {
              const override = overrides[row.key];
              const text = override === undefined || override === null ? '' : formatContextValue(override);
              return (
                <tr key={row.key} className={override !== undefined ? 'overridden' : ''}>
                  <th scope="row">
                    <code>{row.key}</code>
                  </th>
                  <td className="mono">
                    {row.varies ? (
                      <span className="muted">varies by request</span>
                    ) : row.value === null ? (
                      <span className="muted">(added)</span>
                    ) : (
                      formatContextValue(row.value)
                    )}
                  </td>
                  <td>
                    <input
                      className="sim-input mono"
                      aria-label={`Override ${row.key}`}
                      value={text}
                      disabled={override === null}
                      spellCheck={false}
                      onChange={(e) =>
                        onOverride(
                          row.key,
                          e.target.value === '' && derivedKeys.has(row.key) ? undefined : parseOverride(e.target.value),
                        )
                      }
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Leave ${row.key} out of the request`}
                      checked={override === null}
                      onChange={(e) => onOverride(row.key, e.target.checked ? null : undefined)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <form
        className="sim-add-key"
        onSubmit={(e) => {
          e.preventDefault();
          add(newKey, parseOverride(newValue));
        }}
      >
        <label htmlFor={`${id}-new-key`}>Add a key</label>
        <input
          id={`${id}-new-key`}
          className="sim-input mono"
          value={newKey}
          placeholder="s3:prefix"
          spellCheck={false}
          onChange={(e) => setNewKey(e.target.value)}
        />
        <label htmlFor={`${id}-new-value`}>Value</label>
        <input
          id={`${id}-new-value`}
          className="sim-input mono"
          value={newValue}
          placeholder='home/Zhang/ or ["a","b"]'
          spellCheck={false}
          onChange={(e) => setNewValue(e.target.value)}
        />
        <button type="submit" className="btn">
          Add
        </button>
      </form>
    </div>
  );
}
