// Identity providers › Add provider, laid out like the console's page: the provider type (SAML or OpenID
// Connect), its details, optional tags, then "Add provider". The call runs as the acting identity; a
// denial or IAM's own error (a metadata document too short, a provider that exists already) shows under
// the form, and on success the new provider's page opens.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { PageHeader } from '../components/PageHeader';
import { routeHref } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import type { NewProviderForm, ProviderType } from './identityProviderSteps';
import { addProviderSteps, emptyProviderForm, newProviderArn, providerFormProblem } from './identityProviderSteps';
import { TagsEditor } from '../components/TagsEditor';
import { useRunSteps } from '../actions/useRunSteps';
import '../components/wizards.css';

const TYPES: { type: ProviderType; label: string; hint: string }[] = [
  {
    type: 'saml',
    label: 'SAML',
    hint: 'Trust a SAML 2.0 identity provider, such as a corporate directory, described by its metadata document.',
  },
  {
    type: 'oidc',
    label: 'OpenID Connect',
    hint: 'Trust an OpenID Connect issuer, such as a CI service or a mobile app’s sign-in, by its URL.',
  },
];

/** The Add provider page. */
export function AddIdentityProviderPage() {
  const account = useAccount();
  const [form, setForm] = useState<NewProviderForm>(emptyProviderForm);
  const [problem, setProblem] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const { run, failure, busy } = useRunSteps();
  const update = (patch: Partial<NewProviderForm>) => setForm((f) => ({ ...f, ...patch }));

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    update({ metadataDocument: await file.text() });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = providerFormProblem(form);
    setProblem(found);
    if (found || busy) return;
    if (await run(addProviderSteps(form)))
      window.location.hash = routeHref('identity-providers', newProviderArn(form, account.id));
  };

  return (
    <>
      <PageHeader
        title="Add an identity provider"
        crumbs={[{ label: 'Identity providers', href: routeHref('identity-providers') }]}
      />
      <form className="wizard-body" aria-label="Add an identity provider" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>Provider type</legend>
          <div className="option-grid">
            {TYPES.map((t) => (
              <label key={t.type} className="check option-card">
                <input
                  type="radio"
                  name="provider-type"
                  checked={form.type === t.type}
                  onChange={() => {
                    setProblem(null);
                    update({ type: t.type });
                  }}
                />
                <span>
                  <strong>{t.label}</strong>
                  <br />
                  <span className="muted">{t.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {form.type === 'saml' ? (
          <fieldset>
            <legend>Provider details</legend>
            <label className="field">
              <span>Provider name</span>
              <input
                value={form.name}
                onChange={(e) => update({ name: e.target.value })}
                autoComplete="off"
                maxLength={128}
                aria-describedby="provider-name-hint"
              />
              <small id="provider-name-hint" className="muted">
                Maximum 128 characters. Use letters, digits and . _ - characters.
              </small>
            </label>
            <label className="field">
              <span>Metadata document file</span>
              <input
                type="file"
                accept=".xml,application/xml,text/xml"
                onChange={(e) => void readFile(e.target.files?.[0])}
                aria-describedby="metadata-hint"
              />
              <small id="metadata-hint" className="muted">
                The XML metadata your identity provider issues: choose its file, or paste it below.
              </small>
            </label>
            <div className="field">
              <label htmlFor="metadata-document">Metadata document</label>
              <textarea
                id="metadata-document"
                rows={8}
                spellCheck={false}
                className="code-input"
                value={form.metadataDocument}
                aria-describedby="metadata-size"
                onChange={(e) => {
                  setFileName(null);
                  update({ metadataDocument: e.target.value });
                }}
              />
              <small id="metadata-size" className="muted">
                {fileName ? `Read from ${fileName}: ` : ''}
                {form.metadataDocument.length.toLocaleString('en-US')} characters.
              </small>
            </div>
          </fieldset>
        ) : (
          <fieldset>
            <legend>Provider details</legend>
            <label className="field">
              <span>Provider URL</span>
              <input
                value={form.url}
                onChange={(e) => update({ url: e.target.value })}
                autoComplete="off"
                inputMode="url"
                placeholder="https://"
                aria-describedby="provider-url-hint"
              />
              <small id="provider-url-hint" className="muted">
                The issuer of the provider’s ID tokens (their <code>iss</code> claim), beginning with https://. IAM
                verifies the provider’s certificate with its trusted root certificate authorities, so no thumbprint is
                needed.
              </small>
            </label>
            <label className="field">
              <span>Audience</span>
              <input
                value={form.audience}
                onChange={(e) => update({ audience: e.target.value })}
                autoComplete="off"
                maxLength={255}
                aria-describedby="audience-hint"
              />
              <small id="audience-hint" className="muted">
                The client ID your application registered with the provider. You can add more audiences on the
                provider’s page.
              </small>
            </label>
          </fieldset>
        )}
        <TagsEditor tags={form.tags} onChange={(tags) => update({ tags })} />
        {problem && (
          <p className="wizard-problem" role="alert">
            {problem}
          </p>
        )}
        {failure && <CallFailureNotice outcome={failure} />}
        <div className="wizard-buttons">
          <a className="btn" href={routeHref('identity-providers')}>
            Cancel
          </a>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add provider'}
          </button>
        </div>
      </form>
    </>
  );
}
