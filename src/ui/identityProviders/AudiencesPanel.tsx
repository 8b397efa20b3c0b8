// An OpenID Connect provider's audiences (client IDs) on its page: add one, remove one, each as the
// acting identity (iam:AddClientIDToOpenIDConnectProvider / iam:RemoveClientIDFromOpenIDConnectProvider);
// removing one asks first, since the applications that use it can no longer get credentials through it.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { OidcProvider } from '../../model';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { ConfirmRemoveDialog } from '../components/ConfirmRemoveDialog';
import type { Removal } from '../components/ConfirmRemoveDialog';
import { addAudienceStep, audienceProblem } from './identityProviderSteps';
import { audienceRemoval } from '../components/removals';
import { useRunSteps } from '../actions/useRunSteps';
import '../components/wizards.css';

/** The audiences table with its add form. */
export function AudiencesPanel({ provider }: { provider: OidcProvider }) {
  const { run, failure, busy } = useRunSteps();
  const [audience, setAudience] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Removal | null>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const found = audienceProblem(audience);
    setProblem(found);
    if (found || busy) return;
    if (await run([addAudienceStep(provider.arn, audience)])) setAudience('');
  };

  return (
    <div className="stack">
      <form className="inline-form" aria-label="Add audience" onSubmit={(e) => void add(e)} noValidate>
        <label className="field">
          <span>New audience</span>
          <input value={audience} onChange={(e) => setAudience(e.target.value)} autoComplete="off" maxLength={255} />
        </label>
        <button type="submit" className="btn" disabled={busy}>
          Add audience
        </button>
      </form>
      {problem && (
        <p className="wizard-problem" role="alert">
          {problem}
        </p>
      )}
      {failure && <CallFailureNotice outcome={failure} />}
      <table className="data-table">
        <caption className="visually-hidden">Audiences</caption>
        <thead>
          <tr>
            <th scope="col">Audience</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {provider.clientIds.map((id) => (
            <tr key={id}>
              <td>
                <code>{id}</code>
              </td>
              <td>
                <button
                  type="button"
                  className="btn"
                  disabled={busy}
                  onClick={() => setRemoving(audienceRemoval(provider.arn, id))}
                >
                  Remove<span className="visually-hidden"> audience {id}</span>
                </button>
              </td>
            </tr>
          ))}
          {provider.clientIds.length === 0 && (
            <tr>
              <td colSpan={2} className="empty">
                No audiences: no application can use this provider until you add one.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {removing && <ConfirmRemoveDialog removal={removing} onClose={() => setRemoving(null)} />}
    </div>
  );
}
