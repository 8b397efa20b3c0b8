// The trust policy the console writes for each kind of trusted entity in the create-role wizard.
import { parsePolicy } from '../../engine/parse/parsePolicy';

/** The trusted entity chosen in the first step of the create-role wizard. */
export type TrustedEntity =
  | { type: 'account'; accountId: string; externalId: string; requireMfa: boolean }
  | { type: 'service'; service: string }
  | { type: 'web-identity'; provider: string; audience: string }
  | { type: 'saml'; providerArn: string; consoleAccess: boolean; conditions: SamlCondition[] }
  | { type: 'custom'; document: string };

/** A SAML attribute the role's trust policy requires (StringEquals), e.g. `SAML:sub_type` = `persistent`. */
export interface SamlCondition {
  key: string;
  value: string;
}

/** The SAML attributes the console offers for conditions: the commonly used keys IAM documents for SAML federation. */
export const SAML_CONDITION_KEYS: readonly string[] = [
  'SAML:aud',
  'SAML:iss',
  'SAML:sub',
  'SAML:sub_type',
  'SAML:namequalifier',
  'SAML:cn',
  'SAML:doc',
  'SAML:edupersonaffiliation',
  'SAML:edupersonentitlement',
  'SAML:edupersonorgdn',
  'SAML:edupersonprincipalname',
];

/** Common AWS services offered in the service picker, with their service principals. */
export const TRUSTED_SERVICES: readonly { label: string; principal: string }[] = [
  { label: 'EC2', principal: 'ec2.amazonaws.com' },
  { label: 'Lambda', principal: 'lambda.amazonaws.com' },
  { label: 'Elastic Container Service (task)', principal: 'ecs-tasks.amazonaws.com' },
  { label: 'CloudFormation', principal: 'cloudformation.amazonaws.com' },
  { label: 'Glue', principal: 'glue.amazonaws.com' },
  { label: 'API Gateway', principal: 'apigateway.amazonaws.com' },
  { label: 'CodeBuild', principal: 'codebuild.amazonaws.com' },
  { label: 'Step Functions', principal: 'states.amazonaws.com' },
  { label: 'SageMaker', principal: 'sagemaker.amazonaws.com' },
  { label: 'Elastic Beanstalk', principal: 'elasticbeanstalk.amazonaws.com' },
];

/** The public identity providers the console lists for web identity, besides the account's OIDC providers. */
export const PUBLIC_WEB_IDENTITY_PROVIDERS: readonly { label: string; id: string }[] = [
  { label: 'Amazon Cognito', id: 'cognito-identity.amazonaws.com' },
  { label: 'Login with Amazon', id: 'www.amazon.com' },
  { label: 'Facebook', id: 'graph.facebook.com' },
  { label: 'Google', id: 'accounts.google.com' },
];

/** What the web identity value is called for a provider, as the console labels the field. */
export function webIdentityAudienceLabel(provider: string): string {
  if (provider === 'cognito-identity.amazonaws.com') return 'Identity pool ID';
  return APP_ID_KEY_PROVIDERS.has(provider) ? 'Application ID' : 'Audience';
}

/** Providers whose tokens name the application `app_id` (the IAM keys `www.amazon.com:app_id`, `graph.facebook.com:app_id`). */
const APP_ID_KEY_PROVIDERS = new Set(['www.amazon.com', 'graph.facebook.com']);

/** The audience SAML assertions carry when a federated user signs in to the console. */
export const SAML_CONSOLE_AUDIENCE = 'https://signin.aws.amazon.com/saml';

/** An OIDC provider ARN's URL part (`token.actions.githubusercontent.com`), which prefixes its condition keys. */
const webIdentityKeyPrefix = (provider: string): string =>
  provider.replace(/^arn:[^:]+:iam::\d{12}:oidc-provider\//, '');

/** The statement that lets the chosen entity assume the role. */
function trustStatement(entity: Exclude<TrustedEntity, { type: 'custom' }>): Record<string, unknown> {
  switch (entity.type) {
    case 'account': {
      const condition: Record<string, Record<string, string>> = {};
      if (entity.externalId) condition.StringEquals = { 'sts:ExternalId': entity.externalId };
      if (entity.requireMfa) condition.Bool = { 'aws:MultiFactorAuthPresent': 'true' };
      return {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${entity.accountId}:root` },
        Action: 'sts:AssumeRole',
        ...(Object.keys(condition).length ? { Condition: condition } : {}),
      };
    }
    case 'service':
      return { Effect: 'Allow', Principal: { Service: entity.service }, Action: 'sts:AssumeRole' };
    case 'web-identity': {
      // Every provider's key is prefixed by its URL; Login with Amazon and Facebook name the app `app_id`.
      const key = `${webIdentityKeyPrefix(entity.provider)}:${APP_ID_KEY_PROVIDERS.has(entity.provider) ? 'app_id' : 'aud'}`;
      return {
        Effect: 'Allow',
        Principal: { Federated: entity.provider },
        Action: 'sts:AssumeRoleWithWebIdentity',
        ...(entity.audience ? { Condition: { StringEquals: { [key]: entity.audience } } } : {}),
      };
    }
    case 'saml': {
      const required = [
        ...(entity.consoleAccess ? [{ key: 'SAML:aud', value: SAML_CONSOLE_AUDIENCE }] : []),
        ...entity.conditions,
      ];
      return {
        Effect: 'Allow',
        Principal: { Federated: entity.providerArn },
        Action: 'sts:AssumeRoleWithSAML',
        ...(required.length ? { Condition: { StringEquals: stringEquals(required) } } : {}),
      };
    }
  }
}

/** The StringEquals block for the conditions: one value per key, or the list of values when a key repeats (any may match). */
function stringEquals(conditions: readonly SamlCondition[]): Record<string, string | string[]> {
  const values = new Map<string, string[]>();
  for (const c of conditions) values.set(c.key, [...(values.get(c.key) ?? []), c.value.trim()]);
  return Object.fromEntries([...values].map(([key, list]) => [key, list.length === 1 ? list[0] : list]));
}

/** The trust policy document (pretty JSON, as the console shows it in the review step). */
export function trustPolicyFor(entity: TrustedEntity): string {
  if (entity.type === 'custom') return entity.document;
  return JSON.stringify({ Version: '2012-10-17', Statement: [trustStatement(entity)] }, null, 2);
}

/** What the chosen entity is missing before the wizard can go on, or null when it is complete. */
export function trustedEntityProblem(entity: TrustedEntity): string | null {
  switch (entity.type) {
    case 'account':
      return /^\d{12}$/.test(entity.accountId) ? null : 'Enter a 12-digit AWS account ID.';
    case 'service':
      return entity.service ? null : 'Choose a service.';
    case 'web-identity':
      return entity.provider
        ? entity.audience
          ? null
          : webIdentityValueProblem(entity.provider)
        : 'Choose an identity provider.';
    case 'saml':
      return samlProblem(entity);
    case 'custom': {
      if (!entity.document.trim()) return 'Enter a trust policy.';
      // Parsed here rather than taken from the editor, whose parse waits for a pause in typing.
      const errors = parsePolicy(entity.document, 'trust').diagnostics.filter((d) => d.severity === 'error');
      return errors.length ? 'Fix the errors marked in the trust policy.' : null;
    }
  }
}

function webIdentityValueProblem(provider: string): string {
  // The account's own OIDC providers offer their registered audiences to choose from.
  if (provider.startsWith('arn:'))
    return 'Choose an audience (add one on the identity provider’s page if it has none).';
  const label = webIdentityAudienceLabel(provider);
  return label === 'Audience'
    ? 'Enter the audience (client ID).'
    : `Enter the ${label.toLowerCase().replace(/ id$/, ' ID')}.`;
}

/** A SAML role needs a provider, and a role for programmatic access only at least one attribute condition. */
function samlProblem(entity: Extract<TrustedEntity, { type: 'saml' }>): string | null {
  if (!entity.providerArn) return 'Choose a SAML 2.0 provider.';
  if (entity.conditions.some((c) => !c.value.trim())) return 'Enter a value for each SAML attribute condition.';
  // The console insists, so that a programmatic-only role is limited to a subset of the IdP's users.
  if (!entity.consoleAccess && entity.conditions.length === 0)
    return 'Add at least one SAML attribute condition: a role for programmatic access only must be limited to the users whose assertions match it.';
  return null;
}
