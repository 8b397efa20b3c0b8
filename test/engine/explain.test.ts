// Explanations: each policy type in AWS's evaluation order with its verdict, each statement's
// element-by-element match with the values compared, and a summary worded like AWS's
// AccessDenied messages ("... because no identity-based policy allows the s3:GetObject action").
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../src/engine/explain';
import { corpusEngine } from './support/corpus';

const V = '2012-10-17';
const ALICE = 'arn:aws:iam::111111111111:user/alice';
const OBJECT = 'arn:aws:s3:::reports-bucket/q1.csv';
const HEAD = `User: ${ALICE} is not authorized to perform: s3:GetObject on resource: ${OBJECT}`;
const allow = (action: string) => ({ Version: V, Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const deny = (action: string) => ({ Version: V, Statement: [{ Effect: 'Deny', Action: action, Resource: '*' }] });

function explain(slots: Record<string, unknown>, request: Record<string, unknown> = {}): Explanation {
  const { engine, load } = corpusEngine();
  const req = {
    principal: ALICE,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: '111111111111',
    ...request,
  };
  return engine.explain(load(JSON.stringify({ request: req, ...slots })));
}

describe('summary in the wording of AccessDenied messages', () => {
  it.each([
    ['no identity-based policy allows', {}, `${HEAD} because no identity-based policy allows the s3:GetObject action`],
    [
      'explicit deny in an identity-based policy',
      { identityPolicies: [deny('s3:*')] },
      `${HEAD} with an explicit deny in an identity-based policy`,
    ],
    [
      'explicit deny in a service control policy',
      { serviceControlPolicies: [[deny('*')]] },
      `${HEAD} with an explicit deny in a service control policy`,
    ],
    [
      'no service control policy allows',
      { identityPolicies: [allow('s3:*')], serviceControlPolicies: [[allow('ec2:*')]] },
      `${HEAD} because no service control policy allows the s3:GetObject action`,
    ],
    [
      'no permissions boundary allows',
      { identityPolicies: [allow('s3:*')], permissionsBoundary: allow('ec2:*') },
      `${HEAD} because no permissions boundary allows the s3:GetObject action`,
    ],
    [
      'no session policy allows',
      { identityPolicies: [allow('s3:*')], sessionPolicy: allow('ec2:*') },
      `${HEAD} because no session policy allows the s3:GetObject action`,
    ],
  ])('%s', (_rule, slots, summary) => {
    expect(explain(slots).summary).toBe(summary);
  });

  it('a request on "*" has no "on resource" part', () => {
    expect(explain({}, { action: 'iam:ListUsers', resource: '*' }).summary).toBe(
      `User: ${ALICE} is not authorized to perform: iam:ListUsers because no identity-based policy allows the iam:ListUsers action`,
    );
  });
});

describe('structure', () => {
  it('lists the policy types in AWS evaluation order with their verdicts', () => {
    const rcpDeny = { Version: V, Statement: [{ Effect: 'Deny', Principal: '*', Action: 'ec2:*', Resource: '*' }] };
    const e = explain({
      identityPolicies: [allow('s3:*')],
      permissionsBoundary: allow('ec2:*'),
      resourceControlPolicies: [[rcpDeny]],
    });
    expect(e.policyTypes.map((t) => [t.slot, t.verdict])).toEqual([
      ['scp', 'Absent'],
      ['rcp', 'Allow'],
      ['endpoint', 'Absent'],
      ['resource', 'Absent'],
      ['identity', 'Allow'],
      ['boundary', 'NoAllow'],
      ['session', 'Absent'],
    ]);
    expect(e.decision).toBe('ImplicitDeny');
    expect(e.missingAllow).toBe('boundary');
  });

  it('SCPs are marked not applicable to callers outside any account', () => {
    const e = explain({ serviceControlPolicies: [[deny('*')]] }, { principal: 'anonymous' });
    expect(e.policyTypes[0]).toMatchObject({ slot: 'scp', verdict: 'NotApplicable' });
  });

  it('records for each statement what matched, and each condition with the values compared', () => {
    const policy = {
      Version: V,
      Statement: [
        {
          Sid: 'TeamOnly',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::reports-bucket/${aws:username}/*',
          Condition: { StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] } },
        },
      ],
    };
    const e = explain(
      { identityPolicies: [policy] },
      { context: { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'green' } },
    );
    const statement = e.policyTypes.find((t) => t.slot === 'identity')!.policies[0].statements[0];
    expect(statement).toMatchObject({
      sid: 'TeamOnly',
      effect: 'Allow',
      applies: false,
      action: { matched: true },
      resource: { matched: false },
      principal: null,
      conditions: [
        {
          operator: 'StringEquals',
          key: 'aws:PrincipalTag/team',
          policyValues: ['red', 'blue'],
          contextValues: ['green'],
          matched: false,
        },
      ],
    });
    expect(statement.conditions[0].range.startLine).toBeGreaterThan(0);
  });

  it('shows substituted variables and unresolvable ones (null) among the compared values', () => {
    const policy = {
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:*',
          Resource: '*',
          Condition: { StringLike: { 's3:prefix': ['${aws:username}/*', '${aws:PrincipalTag/x}'] } },
        },
      ],
    };
    const e = explain({ identityPolicies: [policy] }, { context: { 'aws:username': 'alice', 's3:prefix': 'alice/a' } });
    const condition = e.policyTypes.find((t) => t.slot === 'identity')!.policies[0].statements[0].conditions[0];
    expect(condition.policyValues).toEqual(['alice/*', null]);
    expect(condition.matched).toBe(true);
    expect(e.decision).toBe('Allow');
  });

  it('names the decisive statements and agrees with evaluate', () => {
    const slots = { identityPolicies: [allow('s3:*'), deny('s3:Get*')] };
    const e = explain(slots);
    expect(e.decision).toBe('ExplicitDeny');
    expect(e.decisive).toEqual([{ slot: 'identity', level: 0, policy: 1, statement: 0 }]);
  });

  it('is plain JSON data', () => {
    const e = explain({ identityPolicies: [allow('s3:*')], serviceControlPolicies: [[allow('*')]] });
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });

  it('notes the service rules that shaped the decision', () => {
    const e = explain({}, { action: 'sts:GetCallerIdentity', resource: '*' });
    expect(e.decision).toBe('Allow');
    expect(e.notes.join(' ')).toContain('GetCallerIdentity');
  });

  it('notes that a resource policy naming the account only delegates to identity policies', () => {
    const resourcePolicy = {
      Version: V,
      Statement: [{ Effect: 'Allow', Principal: { AWS: '111111111111' }, Action: 's3:GetObject', Resource: '*' }],
    };
    const e = explain({ resourcePolicy });
    expect(e.decision).toBe('ImplicitDeny');
    expect(e.notes.join(' ')).toContain('delegates');
  });
});
