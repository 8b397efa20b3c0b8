// Internal consistency of the reference engine on generated bundles: the decision-only batch path,
// the full evaluation (decisive statements, missingAllow) and the explanation must agree, and
// contract invariants hold (ExplicitDeny ⇔ a Deny is decisive; ImplicitDeny names a missing slot).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISIONS } from '../../src/engine/contract';
import { corpusEngine } from './support/corpus';

const V = '2012-10-17';
const ACCOUNTS = ['111111111111', '222222222222'];
const principal = fc.constantFrom(
  'arn:aws:iam::111111111111:user/alice',
  'arn:aws:iam::222222222222:user/bob',
  'arn:aws:iam::111111111111:root',
  'arn:aws:sts::111111111111:assumed-role/analyst/s1',
  'anonymous',
  'sns.amazonaws.com',
);
const action = fc.constantFrom(
  's3:GetObject',
  's3:GetObject',
  's3:PutObject',
  'sts:AssumeRole',
  'kms:Decrypt',
  'ec2:StartInstances',
);
const resource = fc.constantFrom(
  'arn:aws:s3:::b/k',
  'arn:aws:iam::111111111111:role/r',
  'arn:aws:kms:us-east-1:111111111111:key/k',
  '*',
);
const actionPattern = fc.constantFrom('*', 's3:*', 's3:Get*', 'sts:AssumeRole', 'kms:*', 'ec2:*');
const resourcePattern = fc.constantFrom(
  '*',
  '*',
  'arn:aws:s3:::b/*',
  'arn:aws:iam::111111111111:role/*',
  'arn:aws:s3:::${aws:username}/*',
);
const principalPattern = fc.constantFrom<unknown>(
  '*',
  { AWS: '111111111111' },
  { AWS: 'arn:aws:iam::111111111111:user/alice' },
  { AWS: 'arn:aws:iam::111111111111:role/analyst' },
  { Service: 'sns.amazonaws.com' },
);
const condition = fc.option(
  fc.constantFrom<unknown>(
    { StringEquals: { 'aws:username': 'alice' } },
    { Bool: { 'aws:SecureTransport': 'true' } },
    { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-1' } },
  ),
  { nil: undefined },
);

const statement = (withPrincipal: boolean) =>
  fc
    .record({
      Effect: fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny'),
      Action: actionPattern,
      Resource: resourcePattern,
      ...(withPrincipal ? { Principal: principalPattern } : {}),
      Condition: condition,
    })
    .map((s) => JSON.parse(JSON.stringify(s)) as unknown);
const policy = (withPrincipal: boolean) =>
  fc.array(statement(withPrincipal), { minLength: 1, maxLength: 4 }).map((Statement) => ({ Version: V, Statement }));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const bundle = fc
  .record({
    request: fc.record({
      principal,
      action,
      resource,
      resourceAccount: fc.constantFrom(...ACCOUNTS),
      context: fc.constantFrom(
        {},
        { 'aws:username': 'alice', 'aws:SecureTransport': 'true' },
        { 'aws:PrincipalOrgID': 'o-2' },
      ),
    }),
    identityPolicies: optional(fc.array(policy(false), { maxLength: 2 })),
    resourcePolicy: fc.option(policy(true), { nil: undefined, freq: 8 }),
    permissionsBoundary: optional(policy(false)),
    sessionPolicy: optional(policy(false)),
    serviceControlPolicies: optional(
      fc.array(fc.array(policy(false), { maxLength: 2 }), { minLength: 1, maxLength: 2 }),
    ),
    resourceControlPolicies: optional(
      fc.array(
        fc.array(
          policy(true).map((p) => ({
            ...p,
            Statement: p.Statement.map((s) => ({ ...(s as object), Principal: '*' })),
          })),
          { maxLength: 1 },
        ),
        { maxLength: 2 },
      ),
    ),
    endpointPolicy: optional(policy(true)),
  })
  .map((b) => JSON.stringify(b));

describe('reference engine consistency on generated bundles', () => {
  it('batch decisions, full results and explanations agree, and the result contract holds', () => {
    const { engine, load } = corpusEngine();
    fc.assert(
      fc.property(bundle, (line) => {
        let compiled: ReturnType<typeof load>;
        try {
          compiled = load(line);
        } catch {
          fc.pre(false); // a generated policy the parser rightly rejects (e.g. Resource in a trust policy)
          return;
        }
        const full = engine.evaluate(compiled);
        expect(DECISIONS[engine.evaluateBatch([compiled])[0]]).toBe(full.decision);
        const explained = engine.explain(compiled);
        expect([explained.decision, explained.decisive, explained.missingAllow]).toEqual([
          full.decision,
          full.decisive,
          full.missingAllow,
        ]);
        expect(full.missingAllow !== null).toBe(full.decision === 'ImplicitDeny');
        if (full.decision === 'ImplicitDeny') expect(full.decisive).toEqual([]);
        if (full.decision === 'ExplicitDeny') expect(full.decisive.length).toBeGreaterThan(0);
      }),
      { seed: 4242, numRuns: 3000 },
    );
  });
});
