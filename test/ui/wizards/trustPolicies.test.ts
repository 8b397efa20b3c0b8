import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/engine/parse/parsePolicy';
import type { TrustedEntity } from '../../../src/ui/wizards/trustPolicies';
import { trustPolicyFor, trustedEntityProblem } from '../../../src/ui/wizards/trustPolicies';

const statementOf = (e: TrustedEntity) => JSON.parse(trustPolicyFor(e)).Statement[0];

describe('trust policies written by the create-role wizard', () => {
  it('an AWS account is trusted through its root principal, with sts:ExternalId and MFA conditions when asked', () => {
    expect(statementOf({ type: 'account', accountId: '444455556666', externalId: 'Unique1', requireMfa: true })).toEqual({
      Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'Unique1' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    });
    expect(statementOf({ type: 'account', accountId: '444455556666', externalId: '', requireMfa: false })).not.toHaveProperty('Condition');
  });

  it('an AWS service is trusted through its service principal', () => {
    expect(statementOf({ type: 'service', service: 'ec2.amazonaws.com' })).toEqual({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });
  });

  it('a web identity provider may call AssumeRoleWithWebIdentity for the given audience', () => {
    expect(statementOf({ type: 'web-identity', provider: 'accounts.google.com', audience: 'client-1' })).toEqual({
      Effect: 'Allow', Principal: { Federated: 'accounts.google.com' }, Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'accounts.google.com:aud': 'client-1' } },
    });
  });

  it.each([
    ['www.amazon.com', 'www.amazon.com:app_id'],
    ['graph.facebook.com', 'graph.facebook.com:app_id'],
    ['cognito-identity.amazonaws.com', 'cognito-identity.amazonaws.com:aud'],
  ])('the application id from %s is tested with the IAM key %s', (provider, key) => {
    expect(statementOf({ type: 'web-identity', provider, audience: 'app-1' }).Condition).toEqual({ StringEquals: { [key]: 'app-1' } });
  });

  it("an OIDC provider's audience key is named after the provider's URL", () => {
    const s = statementOf({ type: 'web-identity', provider: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com', audience: 'sts.amazonaws.com' });
    expect(s.Condition).toEqual({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } });
  });

  it('a SAML provider with console access requires the sign-in audience', () => {
    const s = statementOf({ type: 'saml', providerArn: 'arn:aws:iam::111122223333:saml-provider/Okta', consoleAccess: true });
    expect(s.Action).toBe('sts:AssumeRoleWithSAML');
    expect(s.Condition).toEqual({ StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } });
  });

  it('a custom trust policy is used exactly as typed', () => {
    expect(trustPolicyFor({ type: 'custom', document: '{"x":1}' })).toBe('{"x":1}');
  });

  it.each<TrustedEntity>([
    { type: 'account', accountId: '111122223333', externalId: 'x', requireMfa: true },
    { type: 'service', service: 'lambda.amazonaws.com' },
    { type: 'web-identity', provider: 'cognito-identity.amazonaws.com', audience: 'us-east-1:pool' },
    { type: 'web-identity', provider: 'graph.facebook.com', audience: '111222333444555' },
    { type: 'saml', providerArn: 'arn:aws:iam::111122223333:saml-provider/Okta', consoleAccess: false },
  ])('every generated trust policy parses without errors as a trust policy ($type)', (entity) => {
    expect(parsePolicy(trustPolicyFor(entity), 'trust').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('an account id must be 12 digits before the wizard goes on', () => {
    expect(trustedEntityProblem({ type: 'account', accountId: '1234', externalId: '', requireMfa: false })).toMatch(/12-digit/);
    expect(trustedEntityProblem({ type: 'account', accountId: '123456789012', externalId: '', requireMfa: false })).toBeNull();
  });

  it('a custom trust policy with a parser error (here, no Principal) stops the wizard, whether or not the editor has re-parsed it', () => {
    const withoutPrincipal = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]}';
    expect(trustedEntityProblem({ type: 'custom', document: withoutPrincipal })).toBe('Fix the errors marked in the trust policy.');
    expect(trustedEntityProblem({ type: 'custom', document: '{"Version": "2012-10-17", "Statement": [' })).toBe('Fix the errors marked in the trust policy.');
    expect(trustedEntityProblem({ type: 'custom', document: trustPolicyFor({ type: 'service', service: 'ec2.amazonaws.com' }) })).toBeNull();
  });
});
