// The bundled AWS managed policies with their real documents (generated; see awsManagedPolicies/generate.mjs).

import data from './awsManagedPolicies/awsManagedPolicies.generated.json';

/** An AWS managed policy as bundled: its latest published version. */
export interface AwsManagedPolicy {
  name: string;
  path: string;
  arn: string;
  versionId: string;
  /** The policy document as JSON text. */
  document: string;
}

/** Every bundled AWS managed policy, by name. */
export const AWS_MANAGED_POLICIES: readonly AwsManagedPolicy[] = data.map((p) => ({
  name: p.name,
  path: p.path,
  arn: p.arn,
  versionId: p.versionId,
  document: JSON.stringify(p.document, null, 2),
}));

const byArn = new Map(AWS_MANAGED_POLICIES.map((p) => [p.arn, p]));

/** The bundled AWS managed policy with this ARN, if any. */
export const findAwsManagedPolicy = (arn: string): AwsManagedPolicy | undefined => byArn.get(arn);

/** True for the ARN of a bundled AWS managed policy. */
export const isAwsManagedPolicyArn = (arn: string): boolean => byArn.has(arn);
