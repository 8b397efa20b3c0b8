// The EvaluationResult contract (contract.ts): decisive statements in canonical order and the
// missingAllow slot, for the flow documented in src/engine/evaluate/flow.ts. Pinned results for
// whole corpora live in test/corpus/engine/results.json (reviewed by hand; the Wasm engine must
// reproduce them exactly).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECISIONS, type EvaluationResult } from '../../src/engine/contract';
import { corpusEngine, readCorpus } from './support/corpus';

const V = '2012-10-17';
const ALICE = 'arn:aws:iam::111111111111:user/alice';
const OBJECT = 'arn:aws:s3:::reports-bucket/q1.csv';
const allow = (action = 's3:GetObject') => ({
  Version: V,
  Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
});
const deny = (action = 's3:GetObject') => ({
  Version: V,
  Statement: [{ Effect: 'Deny', Action: action, Resource: '*' }],
});
const ref = (slot: string, level: number, policy: number, statement: number) => ({ slot, level, policy, statement });

function evaluate(
  slots: Record<string, unknown>,
  principal = ALICE,
  resourceAccount = '111111111111',
): EvaluationResult {
  const { engine, load } = corpusEngine();
  const request = { principal, action: 's3:GetObject', resource: OBJECT, resourceAccount };
  return engine.evaluate(load(JSON.stringify({ request, ...slots })));
}

describe('decisive statements', () => {
  it('an explicit deny lists every applicable Deny, in canonical slot order (scp, rcp, endpoint, resource, identity, boundary, session)', () => {
    const r = evaluate({
      identityPolicies: [allow(), deny()],
      permissionsBoundary: {
        Version: V,
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: '*' },
          { Effect: 'Deny', Action: 's3:*', Resource: '*' },
        ],
      },
      serviceControlPolicies: [[allow('*'), deny('s3:*')]],
      resourcePolicy: { Version: V, Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }] },
    });
    expect(r).toEqual({
      decision: 'ExplicitDeny',
      decisive: [ref('scp', 0, 1, 0), ref('resource', 0, 0, 0), ref('identity', 0, 1, 0), ref('boundary', 0, 0, 1)],
      missingAllow: null,
    });
  });

  it('an allow lists the applicable Allows of every SCP level and of the slots that granted access', () => {
    const r = evaluate({
      identityPolicies: [allow('s3:*'), allow()],
      permissionsBoundary: allow('s3:Get*'),
      serviceControlPolicies: [[allow('*')], [allow('s3:*'), allow('ec2:*')]],
    });
    expect(r.decision).toBe('Allow');
    expect(r.decisive).toEqual([
      ref('scp', 0, 0, 0),
      ref('scp', 1, 0, 0),
      ref('identity', 0, 0, 0),
      ref('identity', 0, 1, 0),
      ref('boundary', 0, 0, 0),
    ]);
  });

  it('a same-account grant naming the user lists the resource policy, not the boundary it bypasses', () => {
    const r = evaluate({
      resourcePolicy: {
        Version: V,
        Statement: [{ Effect: 'Allow', Principal: { AWS: ALICE }, Action: 's3:GetObject', Resource: '*' }],
      },
      permissionsBoundary: allow('ec2:*'),
    });
    expect(r).toEqual({ decision: 'Allow', decisive: [ref('resource', 0, 0, 0)], missingAllow: null });
  });
});

describe('missingAllow names the first slot in evaluation order without an applicable Allow', () => {
  it.each([
    ['no policy at all: the identity-based policy is missing', {}, 'identity'],
    [
      'an SCP level without an Allow comes first',
      { serviceControlPolicies: [[allow('ec2:*')]], permissionsBoundary: allow('ec2:*') },
      'scp',
    ],
    [
      'an endpoint policy without an Allow comes before identity',
      {
        endpointPolicy: {
          Version: V,
          Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ec2:*', Resource: '*' }],
        },
      },
      'endpoint',
    ],
    [
      'an identity Allow cut back by the boundary',
      { identityPolicies: [allow()], permissionsBoundary: allow('ec2:*') },
      'boundary',
    ],
    [
      'an identity Allow cut back by the session policy',
      { identityPolicies: [allow()], sessionPolicy: allow('ec2:*') },
      'session',
    ],
  ])('%s', (_rule, slots, missing) => {
    expect(evaluate(slots as Record<string, unknown>)).toEqual({
      decision: 'ImplicitDeny',
      decisive: [],
      missingAllow: missing,
    });
  });

  it('across accounts, a missing resource-based Allow is named before the identity side', () => {
    expect(evaluate({}, 'arn:aws:iam::222222222222:user/bob').missingAllow).toBe('resource');
  });
});

describe('pinned results for the evaluation corpora (test/corpus/engine/results.json)', () => {
  const pinned = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'corpus', 'engine', 'results.json'), 'utf8'),
  ) as Record<string, EvaluationResult>;
  const cases = readCorpus('conformance')
    .concat(readCorpus('engine'))
    .flatMap((f) => f.cases)
    .filter((c) => c.id in pinned);
  const { engine, load } = corpusEngine();
  it('covers every evaluation-logic, principals and engine-evaluation case', () => {
    expect(cases.length).toBe(Object.keys(pinned).length);
  });
  it.each(cases.map((c) => [`${c.id}: ${c.rule}`, c] as const))('%s', (_name, c) => {
    expect(engine.evaluate(load(c.line))).toEqual(pinned[c.id]);
  });
});

describe('the batch path (decisions only)', () => {
  it('decides every corpus case exactly as the full evaluation does', () => {
    const { engine, load } = corpusEngine();
    const bundles = readCorpus('conformance')
      .concat(readCorpus('engine'))
      .flatMap((f) => f.cases)
      .map((c) => load(c.line));
    const codes = engine.evaluateBatch(bundles);
    expect(Array.from(codes, (code) => DECISIONS[code])).toEqual(bundles.map((b) => engine.evaluate(b).decision));
  });

  it('still reads every resource-policy grant: a direct grant after an account grant allows within the account', () => {
    const resourcePolicy = {
      Version: V,
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '111111111111' }, Action: '*', Resource: '*' },
        { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
      ],
    };
    const { engine, load } = corpusEngine();
    const request = { principal: ALICE, action: 's3:GetObject', resource: OBJECT, resourceAccount: '111111111111' };
    const bundle = load(JSON.stringify({ request, resourcePolicy }));
    expect([engine.evaluate(bundle).decision, DECISIONS[engine.evaluateBatch([bundle])[0]]]).toEqual([
      'Allow',
      'Allow',
    ]);
  });
});
