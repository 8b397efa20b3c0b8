// Deleting an identity provider from its page: a confirmation that names the roles still trusting it (they
// can no longer be assumed through it), then the delete call as the acting identity; on success the list
// of providers opens.
import type { Role } from '../../model';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import type { IdentityProviderView } from './identityProviders';
import { routeHref } from '../shell/routes';
import { deleteProviderStep } from './identityProviderSteps';
import { useRunSteps } from '../actions/useRunSteps';
import '../components/wizards.css';

interface Props {
  provider: IdentityProviderView;
  trustingRoles: Role[];
  onCancel: () => void;
}

/** The delete confirmation shown after the page's Delete button. */
export function DeleteProviderConfirmation({ provider, trustingRoles, onCancel }: Props) {
  const { run, failure, busy } = useRunSteps();

  const remove = async () => {
    if (await run([deleteProviderStep(provider)])) window.location.hash = routeHref('identity-providers');
  };

  return (
    <section className="confirm-panel" role="group" aria-labelledby="delete-provider-heading">
      <h2 id="delete-provider-heading">Delete {provider.name}?</h2>
      <p>Deleting the provider cannot be undone. Federated users can no longer assume roles through it.</p>
      {trustingRoles.length > 0 && (
        <p>
          Roles whose trust policy names this provider:{' '}
          {trustingRoles.map((r, i) => (
            <span key={r.name}>
              {i > 0 && ', '}
              <a href={routeHref('roles', r.name, 'trust')}>{r.name}</a>
            </span>
          ))}
          .
        </p>
      )}
      {failure && <CallFailureNotice outcome={failure} />}
      <p className="wizard-buttons">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void remove()}>
          Delete provider
        </button>
      </p>
    </section>
  );
}
