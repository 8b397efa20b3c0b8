// ARNs of IAM and STS entities, built and taken apart exactly as AWS formats them.

/** The ARN of an account's root user. */
export const rootArn = (accountId: string): string => `arn:aws:iam::${accountId}:root`;
/** The ARN of an IAM entity with a path (`user`, `group`, `role`, `policy`, `instance-profile`). */
export const pathArn = (accountId: string, type: string, path: string, name: string): string =>
  `arn:aws:iam::${accountId}:${type}${path}${name}`;
/** The ARN of an AWS managed policy (account `aws`). */
export const awsManagedPolicyArn = (path: string, name: string): string => `arn:aws:iam::aws:policy${path}${name}`;
/** The ARN of an assumed-role session: role name without its path, then the session name. */
export const assumedRoleArn = (accountId: string, roleName: string, sessionName: string): string =>
  `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
/** The ARN (serial number) of a virtual MFA device. */
export const mfaArn = (accountId: string, path: string, name: string): string =>
  `arn:aws:iam::${accountId}:mfa${path}${name}`;
/** The ARN of a SAML identity provider. */
export const samlProviderArn = (accountId: string, name: string): string =>
  `arn:aws:iam::${accountId}:saml-provider/${name}`;
/** The ARN of an OIDC identity provider: the issuer URL without its scheme. */
export const oidcProviderArn = (accountId: string, url: string): string =>
  `arn:aws:iam::${accountId}:oidc-provider/${url.replace(/^https:\/\//, '')}`;

/** The parts of an ARN; `resource` keeps everything after the fifth colon. */
export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Splits an ARN into its parts, or returns null when the text is not an ARN. */
export function parseArn(arn: string): ArnParts | null {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return null;
  return {
    partition: parts[1],
    service: parts[2],
    region: parts[3],
    account: parts[4],
    resource: parts.slice(5).join(':'),
  };
}

/** Splits an IAM resource part such as `user/division/alice` into type, path and name. */
export function splitIamResource(resource: string): { type: string; path: string; name: string } {
  const slash = resource.indexOf('/');
  if (slash < 0) return { type: resource, path: '/', name: '' };
  const rest = resource.slice(slash);
  const last = rest.lastIndexOf('/');
  return { type: resource.slice(0, slash), path: rest.slice(0, last + 1), name: rest.slice(last + 1) };
}
