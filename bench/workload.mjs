#!/usr/bin/env node
// Copied from the workspace's shared/bench/workload.mjs (the team's standard benchmark generator), unchanged
// but for this note, so the repository is self-contained. Refresh with: cp ../shared/bench/workload.mjs bench/
// The standard benchmark workload: a busy account's identity policies and a batch of requests.
// Seeded and deterministic, so every run and every engine sees the same work.
//
//   node workload.mjs [--seed=42] [--policies=50] [--requests=10000] > workload.jsonl
//
// Output is the batch evaluator's input: first one {"define": {...}} line naming the policies, then
// one request bundle per line whose identityPolicies are {"$ref": name} references to all of them
// (identity-only, same account: every statement is a candidate for every request, a worst case).
// Shape: 50 policies of 5-20 statements (about 650 statements, 1,800 wildcard patterns, 1,000
// condition entries: StringEquals/StringLike on principal tags, IpAddress/NotIpAddress, DateLessThan,
// Bool MFA, NumericLessThan MFA age, ${aws:username} in resources); requests across s3, ec2,
// dynamodb, sqs and lambda with 6-7 context keys each.
export function rng(seed) {
  // mulberry32
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACCT = '123456789012';
const pad = (n, w) => String(n).padStart(w, '0');

const SERVICES = {
  s3: {
    actions: ['s3:Get*', 's3:List*', 's3:PutObject', 's3:*Object', 's3:GetObject*', 's3:Delete*'],
    deny: ['s3:Delete*', 's3:PutObject'],
    resources: [
      'arn:aws:s3:::bucket-*/home/${aws:username}/*',
      'arn:aws:s3:::bucket-0??-data/*',
      'arn:aws:s3:::bucket-1*-data/shared/*',
      'arn:aws:s3:::bucket-*-data',
      'arn:aws:s3:::bucket-0?5-data/home/*/docs/*.pdf',
    ],
  },
  ec2: {
    actions: ['ec2:Describe*', 'ec2:*Instances', 'ec2:StartInstances', 'ec2:StopInstances'],
    deny: ['ec2:TerminateInstances', 'ec2:Stop*'],
    resources: [`arn:aws:ec2:us-east-1:${ACCT}:instance/*`, `arn:aws:ec2:*:${ACCT}:instance/i-0a*`, '*'],
  },
  dynamodb: {
    actions: ['dynamodb:Get*', 'dynamodb:Query', 'dynamodb:*Item', 'dynamodb:BatchGet*'],
    deny: ['dynamodb:PutItem', 'dynamodb:Delete*'],
    resources: [`arn:aws:dynamodb:*:${ACCT}:table/app-*`, `arn:aws:dynamodb:us-east-1:${ACCT}:table/app-orders-0??`],
  },
  sqs: {
    actions: ['sqs:*', 'sqs:SendMessage', 'sqs:Receive*'],
    deny: ['sqs:Delete*', 'sqs:SendMessage'],
    resources: [`arn:aws:sqs:us-*-1:${ACCT}:queue-*`, `arn:aws:sqs:*:${ACCT}:queue-orders-1?`],
  },
  lambda: {
    actions: ['lambda:Invoke*', 'lambda:Get*'],
    deny: ['lambda:InvokeFunction'],
    resources: [`arn:aws:lambda:us-east-1:${ACCT}:function:app-*`, `arn:aws:lambda:*:${ACCT}:function:app-handler-0?`],
  },
};
const SVC_NAMES = Object.keys(SERVICES);

function pick(r, arr) {
  return arr[Math.floor(r() * arr.length)];
}
function pickN(r, arr, n) {
  const out = new Set();
  while (out.size < Math.min(n, arr.length)) out.add(pick(r, arr));
  return [...out];
}

function makeCondition(r, deny) {
  const cond = {};
  const add = (op, key, val) => {
    (cond[op] ??= {})[key] = val;
  };
  const n = deny ? 1 : r() < 0.15 ? 0 : 1 + Math.floor(r() * 3); // allows: 15% unconditioned, else 1..3 operators
  const kinds = pickN(r, ['team', 'project', 'ip', 'date', 'mfa', 'mfaAge'], n);
  if (deny) {
    const k = pick(r, ['mfaFalse', 'team0', 'offnet', 'old']);
    if (k === 'mfaFalse') add('Bool', 'aws:MultiFactorAuthPresent', 'false');
    if (k === 'team0') add('StringEquals', 'aws:PrincipalTag/team', 'team-0');
    if (k === 'offnet') add('NotIpAddress', 'aws:SourceIp', ['10.0.0.0/8', '192.168.0.0/16']);
    if (k === 'old') add('DateLessThan', 'aws:CurrentTime', '2025-01-01T00:00:00Z');
    return cond;
  }
  for (const k of kinds) {
    if (k === 'team')
      add(
        'StringEquals',
        'aws:PrincipalTag/team',
        pickN(r, ['team-1', 'team-2', 'team-3', 'team-4', 'team-5', 'team-6', 'team-7'], 1 + Math.floor(r() * 2)),
      );
    if (k === 'project') add('StringLike', 'aws:PrincipalTag/project', pick(r, ['proj-a*', 'proj-?x*', 'proj-*-prod']));
    if (k === 'ip')
      add('IpAddress', 'aws:SourceIp', [`10.${Math.floor(r() * 8)}.0.0/16`, `192.168.${Math.floor(r() * 8)}.0/24`]);
    if (k === 'date') add('DateLessThan', 'aws:CurrentTime', pick(r, ['2030-01-01T00:00:00Z', '2024-01-01T00:00:00Z']));
    if (k === 'mfa') add('Bool', 'aws:MultiFactorAuthPresent', 'true');
    if (k === 'mfaAge') add('NumericLessThan', 'aws:MultiFactorAuthAge', pick(r, ['3600', '900']));
  }
  return cond;
}

function makePolicies(r, nPolicies) {
  const policies = [];
  for (let p = 0; p < nPolicies; p++) {
    const nStmt = 5 + Math.floor(r() * 16); // 5..20
    const Statement = [];
    for (let s = 0; s < nStmt; s++) {
      const svc = SERVICES[pick(r, SVC_NAMES)];
      const deny = r() < 0.07;
      const actions = deny ? [pick(r, svc.deny)] : pickN(r, svc.actions, 1 + Math.floor(r() * 3));
      const resources = pickN(r, svc.resources, 1 + Math.floor(r() * 2));
      const st = {
        Sid: `P${p}S${s}`,
        Effect: deny ? 'Deny' : 'Allow',
        Action: actions.length === 1 ? actions[0] : actions,
        Resource: resources.length === 1 ? resources[0] : resources,
      };
      const cond = makeCondition(r, deny);
      if (Object.keys(cond).length) st.Condition = cond;
      Statement.push(st);
    }
    policies.push({ name: `policy-${pad(p, 2)}`, policy: { Version: '2012-10-17', Statement } });
  }
  return policies;
}

const REQ_ACTIONS = [
  // [action, resource kind]
  ['s3:GetObject', 's3obj'],
  ['s3:GetObject', 's3obj'],
  ['s3:PutObject', 's3obj'],
  ['s3:DeleteObject', 's3obj'],
  ['s3:GetObjectTagging', 's3obj'],
  ['s3:ListBucket', 's3bucket'],
  ['ec2:DescribeInstances', 'star'],
  ['ec2:StartInstances', 'ec2'],
  ['ec2:StopInstances', 'ec2'],
  ['ec2:TerminateInstances', 'ec2'],
  ['dynamodb:GetItem', 'ddb'],
  ['dynamodb:Query', 'ddb'],
  ['dynamodb:PutItem', 'ddb'],
  ['sqs:SendMessage', 'sqs'],
  ['sqs:ReceiveMessage', 'sqs'],
  ['lambda:InvokeFunction', 'lambda'],
];
const PROJECTS = ['proj-alpha', 'proj-axle-prod', 'proj-bx9', 'proj-core-prod', 'proj-zeta'];
const REGIONS = ['us-east-1', 'us-west-1', 'eu-west-1'];

function makeRequests(r, nRequests) {
  const out = [];
  for (let i = 0; i < nRequests; i++) {
    const u = Math.floor(r() * 20);
    const user = `user-${u}`;
    const [action, kind] = pick(r, REQ_ACTIONS);
    const bucket = `bucket-${pad(Math.floor(r() * 200), 3)}-data`;
    const region = pick(r, REGIONS);
    let resource;
    if (kind === 's3obj') {
      const who = r() < 0.7 ? user : `user-${Math.floor(r() * 20)}`;
      resource =
        r() < 0.75
          ? `arn:aws:s3:::${bucket}/home/${who}/docs/report-${pad(Math.floor(r() * 10000), 4)}.pdf`
          : `arn:aws:s3:::${bucket}/shared/data/part-${pad(Math.floor(r() * 100000), 5)}.csv`;
    } else if (kind === 's3bucket') resource = `arn:aws:s3:::${bucket}`;
    else if (kind === 'star') resource = '*';
    else if (kind === 'ec2')
      resource = `arn:aws:ec2:${region}:${ACCT}:instance/i-0${pick(r, ['a', 'b'])}${Math.floor(r() * 0xffffffff)
        .toString(16)
        .padStart(8, '0')}${pad(Math.floor(r() * 10000000), 7)}`;
    else if (kind === 'ddb')
      resource = `arn:aws:dynamodb:${region}:${ACCT}:table/app-${pick(r, ['orders', 'users', 'carts'])}-${pad(Math.floor(r() * 120), 3)}`;
    else if (kind === 'sqs')
      resource = `arn:aws:sqs:${region}:${ACCT}:queue-${pick(r, ['orders', 'events'])}-${pad(Math.floor(r() * 30), 2)}`;
    else resource = `arn:aws:lambda:${region}:${ACCT}:function:app-handler-${pad(Math.floor(r() * 15), 2)}`;
    const mfa = r() < 0.6;
    const context = {
      'aws:username': user,
      'aws:PrincipalTag/team': `team-${u % 8}`,
      'aws:PrincipalTag/project': PROJECTS[u % PROJECTS.length],
      'aws:SourceIp':
        r() < 0.8
          ? `10.${u % 8}.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}`
          : `203.0.113.${Math.floor(r() * 256)}`,
      'aws:CurrentTime': r() < 0.8 ? '2025-06-01T12:00:00Z' : '2026-03-01T08:30:00Z',
      'aws:MultiFactorAuthPresent': mfa ? 'true' : 'false',
    };
    if (mfa) context['aws:MultiFactorAuthAge'] = String(Math.floor(r() * 7200));
    out.push({ principal: `arn:aws:iam::${ACCT}:user/${user}`, action, resource, context, user });
  }
  return out;
}

export function makeWorkload({ seed = 42, nPolicies = 50, nRequests = 10000 } = {}) {
  const r = rng(seed);
  const policies = makePolicies(r, nPolicies);
  const requests = makeRequests(r, nRequests);
  return { policies, requests };
}

/** The workload as batch-evaluator lines (a define line, then one bundle per request). */
export function workloadLines(opts) {
  const { policies, requests } = makeWorkload(opts);
  const define = { define: Object.fromEntries(policies.map((p) => [p.name, p.policy])) };
  const refs = policies.map((p) => ({ $ref: p.name }));
  const lines = [JSON.stringify(define)];
  requests.forEach((q, i) => {
    lines.push(
      JSON.stringify({
        id: String(i),
        request: { principal: q.principal, action: q.action, resource: q.resource, context: q.context },
        identityPolicies: refs,
      }),
    );
  });
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (k, d) => Number((process.argv.find((a) => a.startsWith(`--${k}=`)) || '').split('=')[1] || d);
  const lines = workloadLines({
    seed: arg('seed', 42),
    nPolicies: arg('policies', 50),
    nRequests: arg('requests', 10000),
  });
  process.stdout.write(lines.join('\n') + '\n');
}
