// The batch evaluator's output contract (issue 2 §5, issue 3): one JSON line per bundle line in
// order, errors as {"id", "error"} without stopping, define lines print nothing, exit status 0.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const V = '2012-10-17';
const request = {
  principal: 'arn:aws:iam::111111111111:user/alice',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::b/k',
};
const allowS3 = { Version: V, Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };

function run(
  lines: string[],
  ...args: string[]
): { status: number | null; out: Record<string, unknown>[]; stderr: string } {
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/eval.ts', ...args], {
    cwd: ROOT,
    input: lines.map((l) => `${l}\n`).join(''),
    encoding: 'utf8',
  });
  return {
    status: r.status,
    out: r.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l)),
    stderr: r.stderr,
  };
}

describe('batch evaluator', () => {
  it('prints one line per bundle in order, reports bad lines as errors and carries on, and exits 0', () => {
    const { status, out } = run([
      JSON.stringify({ id: 'allowed', request, identityPolicies: [allowS3] }),
      '{"id": "broken", ',
      JSON.stringify({
        define: { deny: { Version: V, Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] } },
      }),
      JSON.stringify({ id: 'denied', request, identityPolicies: [allowS3, { $ref: 'deny' }] }),
      JSON.stringify({
        id: 'bad-operator',
        request,
        identityPolicies: [
          {
            Version: V,
            Statement: [
              { Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringEqualz: { 'aws:username': 'a' } } },
            ],
          },
        ],
      }),
      JSON.stringify({ id: 'implicit', request }),
    ]);
    expect(status).toBe(0);
    expect(out.map((o) => o.id)).toEqual(['allowed', null, 'denied', 'bad-operator', 'implicit']);
    expect(out[0]).toEqual({ id: 'allowed', decision: 'Allow' });
    expect(out[1].error).toMatch(/JSON/);
    expect(out[2]).toEqual({ id: 'denied', decision: 'ExplicitDeny' });
    expect(out[3].error).toMatch(/identityPolicies\[0\].*line \d+, column \d+.*StringEqualz/);
    expect(out[4]).toEqual({ id: 'implicit', decision: 'ImplicitDeny' });
  });

  it('--explain adds the explanation object', () => {
    const { out } = run([JSON.stringify({ id: 'x', request })], '--engine=ts', '--explain');
    expect(out[0]).toMatchObject({
      id: 'x',
      decision: 'ImplicitDeny',
      explain: { decision: 'ImplicitDeny', missingAllow: 'identity' },
    });
  });

  it('--repeat=N evaluates N times but prints the results once', () => {
    const { out } = run([JSON.stringify({ id: 'r', request, identityPolicies: [allowS3] })], '--repeat=3');
    expect(out).toEqual([{ id: 'r', decision: 'Allow' }]);
  });

  it('an unknown option is refused with a message and a non-zero status', () => {
    const { status, stderr } = run([], '--engine=nope');
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/unknown engine "nope"/);
  });
});
