// The trust policy the console writes for each kind of trusted entity in the create-role wizard.
import { parsePolicy } from '../../engine/parse/parsePolicy';

/** The trusted entity chosen in the first step of the create-role wizard. */
export type TrustedEntity =
  | { type: 'account'; accountId: string; externalId: string; requireMfa: boolean }
  | { type: 'service'; service: string }
  | { type: 'web-identity'; provider: string; audience: string }
  | { type: 'saml'; providerArn: string; consoleAccess: boolean }
  | { type: 'custom'; document: string };

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

/** Providers whose tokens name the application `app_id` (the IAM keys `www.amazon.com:app_id`, `graph.facebook.com:app_id`). */
const APP_ID_KEY_PROVIDERS = new Set(['www.amazon.com', 'graph.facebook.com']);

/** The audience SAML assertions carry when a federated user signs in to the console. */
export const SAML_CONSOLE_AUDIENCE = 'https://signin.aws.amazon.com/saml';

/** An OIDC provider ARN's URL part (`token.actions.githubusercontent.com`), which prefixes its condition keys. */
const webIdentityKeyPrefix = (provider: string): string => provider.replace(/^arn:[^:]+:iam::\d{12}:oidc-provider\//, '');

/** The statement that lets the chosen entity assume the role. */
function trustStatement(entity: Exclude<TrustedEntity, { type: 'custom' }>): Record<string, unknown> {
  switch (entity.type) {
    case 'account': {
      const condition: Record<string, Record<string, string>> = {};
      if (entity.externalId) condition.StringEquals = { 'sts:ExternalId': entity.externalId };
      if (entity.requireMfa) condition.Bool = { 'aws:MultiFactorAuthPresent': 'true' };
      return {
        Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${entity.accountId}:root` }, Action: 'sts:AssumeRole',
        ...(Object.keys(condition).length ? { Condition: condition } : {}),
      };
    }
    case 'service':
      return { Effect: 'Allow', Principal: { Service: entity.service }, Action: 'sts:AssumeRole' };
    case 'web-identity': {
      // Every provider's key is prefixed by its URL; Login with Amazon and Facebook name the app `app_id`.
      const key = `${webIdentityKeyPrefix(entity.provider)}:${APP_ID_KEY_PROVIDERS.has(entity.provider) ? 'app_id' : 'aud'}`;
      return {
        Effect: 'Allow', Principal: { Federated: entity.provider }, Action: 'sts:AssumeRoleWithWebIdentity',
        ...(entity.audience ? { Condition: { StringEquals: { [key]: entity.audience } } } : {}),
      };
    }
    case 'saml':
      return {
        Effect: 'Allow', Principal: { Federated: entity.providerArn }, Action: 'sts:AssumeRoleWithSAML',
        ...(entity.consoleAccess ? { Condition: { StringEquals: { 'SAML:aud': SAML_CONSOLE_AUDIENCE } } } : {}),
      };
  }
}

/** The trust policy document (pretty JSON, as the console shows it in the review step). */
export function trustPolicyFor(entity: TrustedEntity): string {
  if (entity.type === 'custom') return entity.document;
  return JSON.stringify({ Version: '2012-10-17', Statement: [trustStatement(entity)] }, null, 2);
}

/** What the chosen entity is missing before the wizard can go on, or null when it is complete. */
export function trustedEntityProblem(entity: TrustedEntity): string | null {
  switch (entity.type) {
    case 'account': return /^\d{12}$/.test(entity.accountId) ? null : 'Enter a 12-digit AWS account ID.';
    case 'service': return entity.service ? null : 'Choose a service.';
    case 'web-identity': return entity.provider ? (entity.audience ? null : 'Enter the audience (client ID).') : 'Choose an identity provider.';
    case 'saml': return entity.providerArn ? null : 'Choose a SAML 2.0 provider.';
    case 'custom': {
      if (!entity.document.trim()) return 'Enter a trust policy.';
      // Parsed here rather than taken from the editor, whose parse waits for a pause in typing.
      const errors = parsePolicy(entity.document, 'trust').diagnostics.filter((d) => d.severity === 'error');
      return errors.length ? 'Fix the errors marked in the trust policy.' : null;
    }
  }
}
