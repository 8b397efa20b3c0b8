// Identity providers › Add provider and the provider page's actions, run as API calls on Example Corp
// (acting as Nikki, an administrator, or as a user without IAM permissions for the denial).
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model';
import { EXAMPLE_CORP_ACCOUNT, actAs, exampleCorpScenario } from '../../../src/model';
import {
  findIdentityProvider,
  identityProviders,
  rolesTrustingProvider,
} from '../../../src/ui/identityProviders/identityProviders';
import type { StepsOutcome } from '../../../src/ui/actions/apiSteps';
import type { NewProviderForm } from '../../../src/ui/identityProviders/identityProviderSteps';
import {
  addAudienceStep,
  addProviderSteps,
  audienceProblem,
  deleteProviderStep,
  emptyProviderForm,
  newProviderArn,
  providerFormProblem,
  removeAudienceStep,
} from '../../../src/ui/identityProviders/identityProviderSteps';
import { inMemoryConsole } from '../actions/inMemoryCall';

const account = (s: Scenario) => s.accounts.find((a) => a.id === s.session.identity.accountId)!;
const METADATA = `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata">${'<!-- key -->'.repeat(100)}</EntityDescriptor>`;
const saml = (patch: Partial<NewProviderForm> = {}): NewProviderForm => ({
  ...emptyProviderForm(),
  name: 'CorpADFS',
  metadataDocument: METADATA,
  ...patch,
});
const oidc = (patch: Partial<NewProviderForm> = {}): NewProviderForm => ({
  ...emptyProviderForm(),
  type: 'oidc',
  url: 'https://token.actions.githubusercontent.com',
  audience: 'sts.amazonaws.com',
  ...patch,
});
const failureCode = (out: StepsOutcome) =>
  out.type === 'failure' && out.outcome.result.type === 'failure' ? out.outcome.result.errors[0]?.code : null;

describe('add provider: what the form asks before calling IAM', () => {
  it('a SAML provider needs a name of letters, digits and . _ - (up to 128) and a metadata document', () => {
    expect(providerFormProblem(saml())).toBeNull();
    expect(providerFormProblem(saml({ name: '' }))).toBe('Enter a provider name.');
    expect(providerFormProblem(saml({ name: 'a'.repeat(129) }))).toMatch(/128/);
    expect(providerFormProblem(saml({ name: 'Corp ADFS' }))).toMatch(/only letters/);
    expect(providerFormProblem(saml({ metadataDocument: '  ' }))).toMatch(/metadata document/);
  });

  it('an OpenID Connect provider needs an https:// URL without query or fragment, and one audience', () => {
    expect(providerFormProblem(oidc())).toBeNull();
    expect(providerFormProblem(oidc({ url: 'https://login.example.com/tenant-1' }))).toBeNull();
    expect(providerFormProblem(oidc({ url: '' }))).toBe('Enter the provider URL.');
    for (const url of [
      'http://login.example.com',
      'login.example.com',
      'https://login.example.com/?tenant=1',
      'https://login.example.com/#x',
      'https://',
    ])
      expect(providerFormProblem(oidc({ url }))).toMatch(/must begin with https:\/\//);
    expect(providerFormProblem(oidc({ audience: ' ' }))).toBe('Enter an audience (client ID).');
    expect(audienceProblem('a'.repeat(256))).toMatch(/255/);
  });

  it('does not ask for a thumbprint: the OIDC provider is created with its URL and audience only', () => {
    expect(
      addProviderSteps(
        oidc({
          tags: [
            { Key: 'team', Value: 'ci' },
            { Key: '', Value: '' },
          ],
        }),
      ).map((s) => [s.operation, s.params]),
    ).toEqual([
      [
        'iam:CreateOpenIDConnectProvider',
        {
          Url: 'https://token.actions.githubusercontent.com',
          ClientIDList: ['sts.amazonaws.com'],
          Tags: [{ Key: 'team', Value: 'ci' }],
        },
      ],
    ]);
  });
});

describe('add provider: the calls and what IAM answers', () => {
  it('a SAML provider is added with its metadata document and opens at the ARN IAM gives it', async () => {
    const c = inMemoryConsole();
    expect(c.runSteps(addProviderSteps(saml()))).toEqual({ type: 'success' });
    const arn = newProviderArn(saml(), EXAMPLE_CORP_ACCOUNT);
    expect(arn).toBe(`arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:saml-provider/CorpADFS`);
    expect(findIdentityProvider(account(c.scenario()), arn)).toMatchObject({
      kind: 'SAML',
      name: 'CorpADFS',
      provider: { metadataDocument: METADATA },
    });
  });

  it('a metadata document shorter than 1,000 characters is refused by IAM with its ValidationError', async () => {
    const c = inMemoryConsole();
    const out = c.runSteps(addProviderSteps(saml({ metadataDocument: '<EntityDescriptor/>' })));
    expect(failureCode(out)).toBe('ValidationError');
    expect(account(c.scenario()).samlProviders).toEqual([]);
  });

  it('an OIDC provider is named by its URL without the scheme, and adding the same URL twice is EntityAlreadyExists', async () => {
    const c = inMemoryConsole();
    c.runSteps(addProviderSteps(oidc()));
    expect(identityProviders(account(c.scenario())).map((p) => [p.kind, p.name, p.arn])).toEqual([
      ['OpenID Connect', 'token.actions.githubusercontent.com', newProviderArn(oidc(), EXAMPLE_CORP_ACCOUNT)],
    ]);
    expect(failureCode(c.runSteps(addProviderSteps(oidc())))).toBe('EntityAlreadyExists');
  });

  it('a user without iam:CreateSAMLProvider is denied with AccessDenied and nothing is added', async () => {
    const start = exampleCorpScenario();
    const c = inMemoryConsole(
      actAs(start, { type: 'user', accountId: EXAMPLE_CORP_ACCOUNT, userName: 'Zhang', mfaAuthenticatedAt: null }),
    );
    expect(failureCode(c.runSteps(addProviderSteps(saml())))).toBe('AccessDenied');
    expect(account(c.scenario()).samlProviders).toEqual([]);
  });
});

describe("a provider's page: audiences and delete", () => {
  it('audiences are added and removed on an OIDC provider', async () => {
    const c = inMemoryConsole();
    c.runSteps(addProviderSteps(oidc()));
    const arn = newProviderArn(oidc(), EXAMPLE_CORP_ACCOUNT);
    c.runSteps([addAudienceStep(arn, ' my-app '), removeAudienceStep(arn, 'sts.amazonaws.com')]);
    expect(account(c.scenario()).oidcProviders[0]!.clientIds).toEqual(['my-app']);
  });

  it('deleting a provider removes it; the roles that trust it are named for the confirmation', async () => {
    const c = inMemoryConsole();
    c.runSteps(addProviderSteps(saml()));
    const arn = newProviderArn(saml(), EXAMPLE_CORP_ACCOUNT);
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Federated: arn }, Action: 'sts:AssumeRoleWithSAML' }],
    });
    await c.call('iam:CreateRole', { RoleName: 'ADFS-Admins', AssumeRolePolicyDocument: trust });
    expect(rolesTrustingProvider(account(c.scenario()), arn).map((r) => r.name)).toEqual(['ADFS-Admins']);
    const provider = findIdentityProvider(account(c.scenario()), arn)!;
    expect(c.runSteps([deleteProviderStep(provider)])).toEqual({ type: 'success' });
    expect(identityProviders(account(c.scenario()))).toEqual([]);
  });
});
