import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/engine/parse/parsePolicy';
import type { TrustedEntity } from '../../../src/ui/roles/trustPolicies';
import { trustPolicyFor, trustedEntityProblem, webIdentityAudienceLabel } from '../../../src/ui/roles/trustPolicies';

const statementOf = (e: TrustedEntity) => JSON.parse(trustPolicyFor(e)).Statement[0];
const OKTA = 'arn:aws:iam::111122223333:saml-provider/Okta';
const samlEntity = (consoleAccess: boolean, conditions: { key: string; value: string }[]): TrustedEntity => ({
  type: 'saml',
  providerArn: OKTA,
  consoleAccess,
  conditions,
});

describe('trust policies written by the create-role wizard', () => {
  it('an AWS account is trusted through its root principal, with sts:ExternalId and MFA conditions when asked', () => {
    expect(
      statementOf({ type: 'account', accountId: '444455556666', externalId: 'Unique1', requireMfa: true }),
    ).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'Unique1' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    });
    expect(
      statementOf({ type: 'account', accountId: '444455556666', externalId: '', requireMfa: false }),
    ).not.toHaveProperty('Condition');
  });

  it('an AWS service is trusted through its service principal', () => {
    expect(statementOf({ type: 'service', service: 'ec2.amazonaws.com' })).toEqual({
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    });
  });

  it('a web identity provider may call AssumeRoleWithWebIdentity for the given audience', () => {
    expect(statementOf({ type: 'web-identity', provider: 'accounts.google.com', audience: 'client-1' })).toEqual({
      Effect: 'Allow',
      Principal: { Federated: 'accounts.google.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'accounts.google.com:aud': 'client-1' } },
    });
  });

  it.each([
    ['www.amazon.com', 'www.amazon.com:app_id'],
    ['graph.facebook.com', 'graph.facebook.com:app_id'],
    ['cognito-identity.amazonaws.com', 'cognito-identity.amazonaws.com:aud'],
  ])('the application id from %s is tested with the IAM key %s', (provider, key) => {
    expect(statementOf({ type: 'web-identity', provider, audience: 'app-1' }).Condition).toEqual({
      StringEquals: { [key]: 'app-1' },
    });
  });

  it("an OIDC provider's audience key is named after the provider's URL", () => {
    const s = statementOf({
      type: 'web-identity',
      provider: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
      audience: 'sts.amazonaws.com',
    });
    expect(s.Condition).toEqual({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } });
  });

  it('a SAML provider with console access requires the sign-in audience', () => {
    const s = statementOf({ type: 'saml', providerArn: OKTA, consoleAccess: true, conditions: [] });
    expect(s.Action).toBe('sts:AssumeRoleWithSAML');
    expect(s.Condition).toEqual({ StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } });
  });

  it('a SAML role for programmatic access only requires its attribute conditions with StringEquals, and no sign-in audience', () => {
    expect(
      statementOf(
        samlEntity(false, [
          { key: 'SAML:sub_type', value: ' persistent ' },
          { key: 'SAML:iss', value: 'https://idp.example.com' },
        ]),
      ),
    ).toEqual({
      Effect: 'Allow',
      Principal: { Federated: OKTA },
      Action: 'sts:AssumeRoleWithSAML',
      Condition: { StringEquals: { 'SAML:sub_type': 'persistent', 'SAML:iss': 'https://idp.example.com' } },
    });
  });

  it('a SAML attribute given twice may carry either value; with console access the sign-in audience is one of them', () => {
    expect(
      statementOf(
        samlEntity(true, [
          { key: 'SAML:aud', value: 'http://localhost:8443/saml/acs' },
          { key: 'SAML:sub_type', value: 'persistent' },
        ]),
      ).Condition,
    ).toEqual({
      StringEquals: {
        'SAML:aud': ['https://signin.aws.amazon.com/saml', 'http://localhost:8443/saml/acs'],
        'SAML:sub_type': 'persistent',
      },
    });
  });

  it('a SAML role for programmatic access only cannot go on without an attribute condition, nor with a condition left empty', () => {
    expect(trustedEntityProblem(samlEntity(false, []))).toMatch(/^Add at least one SAML attribute condition/);
    expect(trustedEntityProblem(samlEntity(false, [{ key: 'SAML:aud', value: ' ' }]))).toBe(
      'Enter a value for each SAML attribute condition.',
    );
    expect(
      trustedEntityProblem(samlEntity(false, [{ key: 'SAML:aud', value: 'https://signin.aws.amazon.com/saml' }])),
    ).toBeNull();
    expect(trustedEntityProblem(samlEntity(true, []))).toBeNull();
  });

  it.each([
    ['accounts.google.com', 'Audience', 'Enter the audience (client ID).'],
    ['graph.facebook.com', 'Application ID', 'Enter the application ID.'],
    ['www.amazon.com', 'Application ID', 'Enter the application ID.'],
    ['cognito-identity.amazonaws.com', 'Identity pool ID', 'Enter the identity pool ID.'],
    [
      'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
      'Audience',
      'Choose an audience (add one on the identity provider’s page if it has none).',
    ],
  ])('the value a %s token must carry is labelled "%s" and asked for when missing', (provider, label, problem) => {
    expect(webIdentityAudienceLabel(provider)).toBe(label);
    expect(trustedEntityProblem({ type: 'web-identity', provider, audience: '' })).toBe(problem);
  });

  it('a custom trust policy is used exactly as typed', () => {
    expect(trustPolicyFor({ type: 'custom', document: '{"x":1}' })).toBe('{"x":1}');
  });

  it.each<TrustedEntity>([
    { type: 'account', accountId: '111122223333', externalId: 'x', requireMfa: true },
    { type: 'service', service: 'lambda.amazonaws.com' },
    { type: 'web-identity', provider: 'cognito-identity.amazonaws.com', audience: 'us-east-1:pool' },
    { type: 'web-identity', provider: 'graph.facebook.com', audience: '111222333444555' },
    {
      type: 'saml',
      providerArn: OKTA,
      consoleAccess: false,
      conditions: [{ key: 'SAML:sub_type', value: 'persistent' }],
    },
  ])('every generated trust policy parses without errors as a trust policy ($type)', (entity) => {
    expect(parsePolicy(trustPolicyFor(entity), 'trust').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('an account id must be 12 digits before the wizard goes on', () => {
    expect(trustedEntityProblem({ type: 'account', accountId: '1234', externalId: '', requireMfa: false })).toMatch(
      /12-digit/,
    );
    expect(
      trustedEntityProblem({ type: 'account', accountId: '123456789012', externalId: '', requireMfa: false }),
    ).toBeNull();
  });

  it('a custom trust policy with a parser error (here, no Principal) stops the wizard, whether or not the editor has re-parsed it', () => {
    const withoutPrincipal =
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]}';
    expect(trustedEntityProblem({ type: 'custom', document: withoutPrincipal })).toBe(
      'Fix the errors marked in the trust policy.',
    );
    expect(trustedEntityProblem({ type: 'custom', document: '{"Version": "2012-10-17", "Statement": [' })).toBe(
      'Fix the errors marked in the trust policy.',
    );
    expect(
      trustedEntityProblem({
        type: 'custom',
        document: trustPolicyFor({ type: 'service', service: 'ec2.amazonaws.com' }),
      }),
    ).toBeNull();
  });
});
