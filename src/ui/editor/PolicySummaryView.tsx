// The console-style policy summary table: service, access level, principal (for policies that name one),
// resources, request conditions.
import { useEffect, useState } from 'react';
import type { Policy } from '../../engine/policy';
import type { ServiceSummaryRow } from './policySummary';
import { principalLines } from './principalSummary';

/** Summarizes a parsed policy; the catalogue is loaded on first use. */
export function PolicySummaryView({ policy }: { policy: Policy | null }) {
  const [rows, setRows] = useState<ServiceSummaryRow[] | null>(null);

  useEffect(() => {
    if (!policy) return;
    let current = true;
    void Promise.all([import('./policySummary'), import('./catalogData')]).then(
      async ([{ summarizePolicy }, { bundledCatalog }]) => {
        const summary = await summarizePolicy(policy, bundledCatalog);
        if (current) setRows(summary);
      },
    );
    return () => {
      current = false;
    };
  }, [policy]);

  if (!policy) return <p className="muted">Fix the errors in the policy to see its summary.</p>;
  if (!rows)
    return (
      <p className="muted" role="status">
        Summarizing…
      </p>
    );
  if (rows.length === 0) return <p className="muted">This policy grants or denies nothing.</p>;
  const withPrincipal = rows.some((r) => r.principal);
  return (
    // Focusable so keyboard users can scroll a wide summary (axe: scrollable-region-focusable).
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Policy summary">
      <table className="data-table summary-table">
        <caption className="visually-hidden">Policy summary</caption>
        <thead>
          <tr>
            <th scope="col">Effect</th>
            <th scope="col">Service</th>
            <th scope="col">Access level</th>
            {withPrincipal && <th scope="col">Principal</th>}
            <th scope="col">Resource</th>
            <th scope="col">Request condition</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            // One service may have several rows (one per scope), so the position is part of the key.
            <tr key={`${i} ${r.effect} ${r.service}`}>
              <td>
                <span className={`badge ${r.effect === 'Allow' ? 'badge-allow' : 'badge-deny'}`}>
                  {r.effect === 'Deny' ? 'Explicit deny' : 'Allow'}
                </span>
              </td>
              <td>
                {r.serviceName}
                {r.unknownActions.length > 0 && (
                  <div className="warning-text">Unknown: {r.unknownActions.join(', ')}</div>
                )}
              </td>
              <td>{r.access}</td>
              {withPrincipal && (
                <td className="mono-list">
                  {r.principal ? principalLines(r.principal).map((x) => <div key={x}>{x}</div>) : 'None'}
                </td>
              )}
              <td className="mono-list">
                {r.resources.map((x) => (
                  <div key={x}>{x}</div>
                ))}
              </td>
              <td className="mono-list">
                {r.conditions.length ? r.conditions.map((c) => <div key={c}>{c}</div>) : 'None'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
