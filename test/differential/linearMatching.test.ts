// Matching is linear-time in both engines (issue 3): a pattern such as `*a*a*a*a*a*b` against a
// 10,000-character value is decided without backtracking. A backtracking matcher would not finish
// these cases at all; `npm run bench` reports their cost in microseconds.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledBundle, Engine } from '../../src/engine/contract';
import { parsePolicyValue } from '../../src/engine/parse/parsePolicy';
import { TsEngine } from '../../src/engine/tsEngine';
import { newWasmEngine } from './support/engines';

const LONG = 'a'.repeat(10_000);

function decide(engine: Engine, statement: object, request: CompiledBundle['request']): string {
  const policy = parsePolicyValue(
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] },
    'identity',
  ).policy!;
  return engine.evaluate({ request, identityPolicies: [engine.compile(policy)] }).decision;
}

const alice = 'arn:aws:iam::111111111111:user/alice';
const cases: { rule: string; statement: object; request: CompiledBundle['request']; expected: string }[] = [
  {
    rule: "a Resource pattern *a*a*a*a*a*b does not match 10,000 a's",
    statement: { Action: 's3:GetObject', Resource: 'arn:aws:s3:::*a*a*a*a*a*b' },
    request: { principal: alice, action: 's3:GetObject', resource: `arn:aws:s3:::${LONG}` },
    expected: 'ImplicitDeny',
  },
  {
    rule: 'the same Resource pattern matches once the value ends in b',
    statement: { Action: 's3:GetObject', Resource: 'arn:aws:s3:::*a*a*a*a*a*b' },
    request: { principal: alice, action: 's3:GetObject', resource: `arn:aws:s3:::${LONG}b` },
    expected: 'Allow',
  },
  {
    rule: 'StringLike *a*a*a*a*a*b against a 10,000-character context value',
    statement: { Action: 's3:GetObject', Resource: '*', Condition: { StringLike: { 's3:prefix': '*a*a*a*a*a*b' } } },
    request: { principal: alice, action: 's3:GetObject', resource: '*', context: { 's3:prefix': LONG } },
    expected: 'ImplicitDeny',
  },
  {
    rule: 'an Action pattern s3:*a*a*a*a*a*b against a 10,000-character action name',
    statement: { Action: 's3:*a*a*a*a*a*b', Resource: '*' },
    request: { principal: alice, action: `s3:${LONG}`, resource: '*' },
    expected: 'ImplicitDeny',
  },
];

describe('wildcard matching is linear-time in both engines', () => {
  const engines: Engine[] = [new TsEngine()];
  beforeAll(async () => {
    engines.push(await newWasmEngine());
  });
  for (const c of cases) {
    it(c.rule, () => {
      for (const engine of engines)
        expect([engine.kind, decide(engine, c.statement, c.request)]).toEqual([engine.kind, c.expected]);
    });
  }
});
