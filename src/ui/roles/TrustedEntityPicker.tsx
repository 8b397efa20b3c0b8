// The create-role wizard's first step: which kind of entity may assume the role, and its details.
import { useState } from 'react';
import type { Account } from '../../model';
import { oidcProviderName } from '../identityProviders/identityProviders';
import { routeHref } from '../shell/routes';
import { LazyPolicyEditor } from '../editor/LazyPolicyEditor';
import { SamlConditionsEditor } from './SamlConditionsEditor';
import type { TrustedEntity } from './trustPolicies';
import {
  PUBLIC_WEB_IDENTITY_PROVIDERS,
  SAML_CONDITION_KEYS,
  TRUSTED_SERVICES,
  trustPolicyFor,
  webIdentityAudienceLabel,
} from './trustPolicies';

type EntityType = TrustedEntity['type'];

const ENTITY_TYPES: { type: EntityType; label: string; hint: string }[] = [
  { type: 'service', label: 'AWS service', hint: 'Allow a service such as EC2 or Lambda to act in this account.' },
  {
    type: 'account',
    label: 'AWS account',
    hint: 'Allow principals in this or another AWS account to assume the role.',
  },
  {
    type: 'web-identity',
    label: 'Web identity',
    hint: 'Allow users federated by a web identity provider to assume the role.',
  },
  {
    type: 'saml',
    label: 'SAML 2.0 federation',
    hint: 'Allow users federated with SAML 2.0 from a corporate directory.',
  },
  { type: 'custom', label: 'Custom trust policy', hint: 'Write a trust policy to let others act in this account.' },
];

/** The audiences registered with one of the account's OIDC providers (by ARN); null for a public provider. */
const registeredAudiences = (account: Account, provider: string): string[] | null =>
  account.oidcProviders.find((p) => p.arn === provider)?.clientIds ?? null;

/** The starting entity of each type (switching type keeps what can be kept: the custom policy starts from the last choice). */
function startEntity(type: EntityType, account: Account, previous: TrustedEntity): TrustedEntity {
  switch (type) {
    case 'service':
      return { type, service: TRUSTED_SERVICES[0].principal };
    case 'account':
      return { type, accountId: account.id, externalId: '', requireMfa: false };
    case 'web-identity':
      return { type, provider: PUBLIC_WEB_IDENTITY_PROVIDERS[0].id, audience: '' };
    case 'saml':
      return { type, providerArn: account.samlProviders[0]?.arn ?? '', consoleAccess: true, conditions: [] };
    case 'custom':
      return { type, document: previous.type === 'custom' ? previous.document : trustPolicyFor(previous) };
  }
}

interface Props {
  account: Account;
  entity: TrustedEntity;
  onChange: (entity: TrustedEntity) => void;
}

/** Trusted entity type cards and the fields of the chosen one. */
export function TrustedEntityPicker({ account, entity, onChange }: Props) {
  const [otherAccount, setOtherAccount] = useState(entity.type === 'account' && entity.accountId !== account.id);
  return (
    <>
      <fieldset>
        <legend>Trusted entity type</legend>
        <div className="option-grid">
          {ENTITY_TYPES.map((t) => (
            <label key={t.type} className="check option-card">
              <input
                type="radio"
                name="entity-type"
                checked={entity.type === t.type}
                onChange={() => onChange(startEntity(t.type, account, entity))}
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
      {entity.type === 'service' && (
        <label className="field">
          <span>Service or use case</span>
          <select value={entity.service} onChange={(e) => onChange({ ...entity, service: e.target.value })}>
            {TRUSTED_SERVICES.map((s) => (
              <option key={s.principal} value={s.principal}>
                {s.label} ({s.principal})
              </option>
            ))}
          </select>
        </label>
      )}
      {entity.type === 'account' && (
        <fieldset>
          <legend>An AWS account</legend>
          <label className="check">
            <input
              type="radio"
              name="which-account"
              checked={!otherAccount}
              onChange={() => {
                setOtherAccount(false);
                onChange({ ...entity, accountId: account.id });
              }}
            />{' '}
            This account ({account.id})
          </label>
          <label className="check">
            <input
              type="radio"
              name="which-account"
              checked={otherAccount}
              onChange={() => {
                setOtherAccount(true);
                onChange({ ...entity, accountId: '' });
              }}
            />{' '}
            Another AWS account
          </label>
          {otherAccount && (
            <label className="field">
              <span>Account ID</span>
              <input
                inputMode="numeric"
                value={entity.accountId}
                onChange={(e) => onChange({ ...entity, accountId: e.target.value.trim() })}
              />
            </label>
          )}
          <label className="check">
            <input
              type="checkbox"
              checked={entity.externalId !== ''}
              onChange={(e) => onChange({ ...entity, externalId: e.target.checked ? ' ' : '' })}
            />{' '}
            Require external ID (best practice when a third party will assume this role)
          </label>
          {entity.externalId !== '' && (
            <label className="field">
              <span>External ID</span>
              <input
                value={entity.externalId.trim()}
                onChange={(e) => onChange({ ...entity, externalId: e.target.value || ' ' })}
              />
            </label>
          )}
          <label className="check">
            <input
              type="checkbox"
              checked={entity.requireMfa}
              onChange={(e) => onChange({ ...entity, requireMfa: e.target.checked })}
            />{' '}
            Require MFA
          </label>
        </fieldset>
      )}
      {entity.type === 'web-identity' && <WebIdentityFields account={account} entity={entity} onChange={onChange} />}
      {entity.type === 'saml' && (
        <>
          {account.samlProviders.length === 0 ? (
            <p className="warning-text">
              This account has no SAML providers yet: add one under{' '}
              <a href={routeHref('identity-providers', 'create')}>Identity providers</a> first.
            </p>
          ) : (
            <label className="field">
              <span>SAML 2.0–based provider</span>
              <select value={entity.providerArn} onChange={(e) => onChange({ ...entity, providerArn: e.target.value })}>
                {account.samlProviders.map((p) => (
                  <option key={p.arn} value={p.arn}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <fieldset>
            <legend>Access to AWS</legend>
            <label className="check">
              <input
                type="radio"
                name="saml-access"
                checked={!entity.consoleAccess}
                onChange={() =>
                  onChange({
                    ...entity,
                    consoleAccess: false,
                    conditions: entity.conditions.length
                      ? entity.conditions
                      : [{ key: SAML_CONDITION_KEYS[0], value: '' }],
                  })
                }
              />{' '}
              Allow programmatic access only
            </label>
            <label className="check">
              <input
                type="radio"
                name="saml-access"
                checked={entity.consoleAccess}
                onChange={() => onChange({ ...entity, consoleAccess: true })}
              />{' '}
              Allow programmatic and AWS Management Console access
            </label>
          </fieldset>
          <SamlConditionsEditor
            conditions={entity.conditions}
            required={!entity.consoleAccess}
            onChange={(conditions) => onChange({ ...entity, conditions })}
          />
        </>
      )}
      {entity.type === 'custom' && (
        <LazyPolicyEditor
          value={entity.document}
          kind="trust"
          label="Custom trust policy"
          onChange={(document) => onChange({ type: 'custom', document })}
        />
      )}
    </>
  );
}

/** The web identity provider and the value its tokens must carry: typed for a public provider, chosen from the registered audiences for the account's own. */
function WebIdentityFields({
  account,
  entity,
  onChange,
}: {
  account: Account;
  entity: Extract<TrustedEntity, { type: 'web-identity' }>;
  onChange: (entity: TrustedEntity) => void;
}) {
  const label = webIdentityAudienceLabel(entity.provider);
  const audiences = registeredAudiences(account, entity.provider);
  const chooseProvider = (provider: string) =>
    onChange({ ...entity, provider, audience: registeredAudiences(account, provider)?.[0] ?? '' });
  return (
    <>
      <label className="field">
        <span>Identity provider</span>
        <select value={entity.provider} onChange={(e) => chooseProvider(e.target.value)}>
          {PUBLIC_WEB_IDENTITY_PROVIDERS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          {account.oidcProviders.map((p) => (
            <option key={p.arn} value={p.arn}>
              {oidcProviderName(p.url)}
            </option>
          ))}
        </select>
      </label>
      {audiences === null ? (
        <label className="field">
          <span>{label}</span>
          <input
            value={entity.audience}
            onChange={(e) => onChange({ ...entity, audience: e.target.value })}
            autoComplete="off"
          />
        </label>
      ) : audiences.length === 0 ? (
        <p className="warning-text">
          This provider has no audiences yet: add one on{' '}
          <a href={routeHref('identity-providers', entity.provider, 'audiences')}>its page</a> first.
        </p>
      ) : (
        <label className="field">
          <span>{label}</span>
          <select value={entity.audience} onChange={(e) => onChange({ ...entity, audience: e.target.value })}>
            {audiences.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
