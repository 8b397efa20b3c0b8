// fast-check arbitraries for the differential tests: parsed policies and requests over every feature
// both engines implement, drawn from small shared alphabets so that matches are frequent, plus
// hostile values (deep wildcards, unicode, huge values, missing keys, malformed typed values).
// Policies are built as parsed `Policy` objects, so the engines see shapes the parser might reject too.
import fc from 'fast-check';
import type { AuthzRequest, ContextValue, PolicySlots } from '../../../src/engine/contract';
import type {
  ConditionEntry,
  ConditionOperatorName,
  Policy,
  PolicyVersion,
  PrincipalBlock,
  PrincipalType,
  SetQualifier,
  SourceRange,
  Statement,
} from '../../../src/engine/policy';

const RANGE: SourceRange = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, startOffset: 0, endOffset: 0 };
const ranges = (n: number) => Array.from({ length: n }, () => RANGE);

const ACCOUNTS = ['111111111111', '222222222222'];
const HOSTILE = ['', ' ', 'ü', 'İ', 'ß', 'Σ', '😀', '\n', 'a'.repeat(300), ':', '::', '/', '${', '}', '*', '?', '$'];

/** Random upper/lower case of a string (actions and keys are case-insensitive). */
const recase = (s: string) =>
  fc
    .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
    .map((flips) => [...s].map((c, i) => (flips[i] ? c.toUpperCase() : c)).join(''));

const account = fc.constantFrom(...ACCOUNTS);
const name = fc.constantFrom('alice', 'bob', 'Alice', 'dev', 'ops', 'x*y', 'ü');

/** Request principals: every caller kind, plus odd strings. */
export const principal: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(account, name).map(([a, n]) => `arn:aws:iam::${a}:user/${n}`),
  fc.tuple(account, name).map(([a, n]) => `arn:aws:iam::${a}:role/${n}`),
  fc.tuple(account, name, name).map(([a, r, s]) => `arn:aws:sts::${a}:assumed-role/${r}/${s}`),
  fc.tuple(account, name).map(([a, n]) => `arn:aws:sts::${a}:federated-user/${n}`),
  account.map((a) => `arn:aws:iam::${a}:root`),
  fc.constantFrom(
    'anonymous',
    'ec2.amazonaws.com',
    'lambda.amazonaws.com',
    'arn:aws-cn:iam::111111111111:user/alice',
    'weird',
  ),
);

const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:GetCallerIdentity',
  'kms:Decrypt',
  'ec2:StartInstances',
  'iam:CreateUser',
  'sqs:SendMessage',
];

/** Request actions in any case. */
export const action = fc.oneof(
  fc.constantFrom(...ACTIONS).chain(recase),
  fc.constantFrom('s3', 'kms:', ':', 'S3:Get*'),
);

/** A string with wildcards sprinkled in: deletes, replaces and inserts `*`/`?`. */
function wildcarded(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(base, fc.array(fc.tuple(fc.nat(), fc.constantFrom('*', '?', '', '**')), { maxLength: 3 }))
    .map(([s, edits]) => {
      let out = s;
      for (const [at, w] of edits) {
        const i = at % (out.length + 1);
        out = out.slice(0, i) + w + out.slice(i + (w === '' ? 1 : 0));
      }
      return out;
    });
}

const actionPattern = fc.oneof(
  { weight: 4, arbitrary: wildcarded(fc.constantFrom(...ACTIONS)).chain((a) => fc.oneof(fc.constant(a), recase(a))) },
  { weight: 1, arbitrary: fc.constantFrom('*', 's3:*', '*:*', '*a*a*a*a*b', 'kms:*', 'sts:AssumeRole*') },
);

const RESOURCES = [
  'arn:aws:s3:::reports/q1.csv',
  'arn:aws:s3:::reports',
  'arn:aws:s3:::home/alice/notes.txt',
  'arn:aws:iam::111111111111:role/dev',
  'arn:aws:iam::222222222222:role/ops',
  'arn:aws:kms:us-east-1:111111111111:key/k1',
  'arn:aws:kms:us-east-1:222222222222:key/k2',
  'arn:aws:ec2:us-east-1:111111111111:instance/i-1',
  'arn:aws:logs:us-east-1:111111111111:log-group:g:log-stream:s',
  'arn:aws:sqs:us-east-1:222222222222:jobs',
  '*',
];

/** Request resources: ARNs of several services and accounts, `*`, and hostile text. */
export const resource = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...RESOURCES) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE, 'arn:aws:s3:::' + 'a'.repeat(2000), 'arn:aws:s3:::ü/😀') },
);

const VARIABLES = [
  '${aws:username}',
  '${AWS:UserName}',
  "${aws:PrincipalTag/team, 'dev'}",
  '${*}',
  '${?}',
  '${$}',
  '${aws:TagKeys}',
  "${missing:key, ''}",
  '${missing:key}',
  '${s3:prefix}',
];

const resourcePattern = fc.oneof(
  { weight: 4, arbitrary: wildcarded(fc.constantFrom(...RESOURCES)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'arn:aws:s3:::home/${aws:username}/*',
      'arn:aws:s3:::${s3:prefix}*',
      'arn:aws:iam::*:role/*',
      'arn:aws:ec2:us-east-1:*',
      'arn:aws:sqs:us-*1:jobs',
      'arn:aws:logs:us-east-1:111111111111:log-group:g:*',
      '*',
      'arn:*',
      'arn:aws:kms:*:${aws:PrincipalAccount}:key/*',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...VARIABLES, ...HOSTILE) },
);

/** Context keys (any case) with typical and hostile values per key. */
const KEY_VALUES: Record<string, string[]> = {
  'aws:username': ['alice', 'bob', 'Alice', 'a*', ''],
  'aws:PrincipalTag/team': ['dev', 'ops', 'DEV', 'dév'],
  'aws:SourceIp': [
    '10.1.2.3',
    '192.168.0.1',
    '2001:db8::1',
    '::ffff:10.1.2.3',
    '10.01.2.3',
    '10.1.2.3/24',
    '300.1.1.1',
    'x',
  ],
  'aws:CurrentTime': [
    '2025-06-01T12:00:00Z',
    '2025-06-01',
    '2025-06-01T12:00:00.123+02:00',
    '1700000000',
    '2025-02-30',
    'soon',
  ],
  'aws:MultiFactorAuthPresent': ['true', 'false', 'TRUE', 'yes'],
  'aws:MultiFactorAuthAge': ['0', '900', '3600.5', '-1', '1e3', '.5', '99999999999999999999'],
  'aws:PrincipalArn': ['arn:aws:iam::111111111111:role/dev', 'arn:aws:iam::111111111111:user/alice', 'nope'],
  'aws:PrincipalAccount': ACCOUNTS,
  's3:prefix': ['home/', 'home/alice/', ''],
  'aws:RequestTag/env': ['prod', 'dev', 'AQID', 'AQI='],
};
const KEYS = Object.keys(KEY_VALUES);

const scalar = (key: string) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...KEY_VALUES[key]) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.integer({ min: -5, max: 5000 }),
        fc.boolean(),
        fc.double({ noNaN: false }),
      ) as fc.Arbitrary<string | number | boolean>,
    },
  );

const contextValue = (key: string): fc.Arbitrary<ContextValue> =>
  fc.oneof({ weight: 4, arbitrary: scalar(key) }, { weight: 1, arbitrary: fc.array(scalar(key), { maxLength: 3 }) });

/** A request context: a few keys in any case (sometimes one key twice, spelled differently), some missing, some multivalued. */
export const context: fc.Arbitrary<Record<string, ContextValue>> = fc
  .array(fc.constantFrom(...KEYS, 'aws:TagKeys'), { maxLength: 6 })
  .chain((keys) =>
    fc.tuple(
      ...keys.map((k) =>
        fc.tuple(
          recase(k),
          k === 'aws:TagKeys'
            ? (fc.array(fc.constantFrom('env', 'team', 'Env', ''), { maxLength: 3 }) as fc.Arbitrary<ContextValue>)
            : contextValue(k),
        ),
      ),
    ),
  )
  .map((pairs) => Object.fromEntries(pairs));

/** A request with optional resourceAccount. */
export const request: fc.Arbitrary<AuthzRequest> = fc.record(
  {
    principal,
    action,
    resource,
    context,
    resourceAccount: fc.option(fc.constantFrom(...ACCOUNTS, ''), { nil: undefined }),
  },
  { requiredKeys: ['principal', 'action', 'resource', 'context'] },
);

const OPERATORS: ConditionOperatorName[] = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnNotEquals',
  'ArnLike',
  'ArnNotLike',
  'Null',
];

/** Policy values for an operator: typical ones for its type, values of any key, variables and junk. */
function conditionValue(op: ConditionOperatorName, key: string): fc.Arbitrary<string> {
  const typed: Partial<Record<string, string[]>> = {
    Numeric: ['0', '900', '3600', '3600.50', '-1', '+7', '1.', 'abc', '1e3'],
    Date: [
      '2025-01-01T00:00:00Z',
      '2026-01-01',
      '1700000000',
      '2025-06-01T12:00:00.123456+02:00',
      '2025-06-01T14:00+0200',
      'bad',
    ],
    Ip: [
      '10.0.0.0/8',
      '10.1.2.3',
      '192.168.0.0/16',
      '2001:db8::/32',
      '::ffff:10.0.0.0/104',
      '0.0.0.0/0',
      '10.1.2.3/33',
      '10.1.2.255/24',
      '::/0',
    ],
    Bool: ['true', 'false', 'True', 'maybe'],
    Null: ['true', 'false', 'TRUE', 'x'],
    Binary: ['AQID', 'AQI=', 'AQ==', 'ZGV2', '!!', 'AQIDBA'],
  };
  // Variables whose value would be valid for the family (from the context or a default): only String,
  // ARN and Bool operators substitute them; elsewhere they are literal text and must match nothing.
  const typedVariables: Partial<Record<string, string[]>> = {
    Numeric: ['${aws:MultiFactorAuthAge}', "${missing:key, '900'}", "${aws:MultiFactorAuthAge, '0'}"],
    Date: ['${aws:CurrentTime}', "${missing:key, '2025-01-01T00:00:00Z'}", "${missing:key, '1700000000'}"],
    Ip: ['${aws:SourceIp}', "${missing:key, '10.0.0.0/8'}", "${missing:key, '2001:db8::/32'}"],
    Bool: ['${aws:MultiFactorAuthPresent}', "${missing:key, 'true'}"],
    Binary: ['${aws:RequestTag/env}', "${missing:key, 'AQID'}"],
  };
  const family = op.startsWith('Numeric')
    ? 'Numeric'
    : op.startsWith('Date')
      ? 'Date'
      : op.includes('IpAddress')
        ? 'Ip'
        : op === 'Bool'
          ? 'Bool'
          : op === 'Null'
            ? 'Null'
            : op === 'BinaryEquals'
              ? 'Binary'
              : null;
  const own = KEY_VALUES[key] ?? ['env', 'team'];
  const variables = [...VARIABLES, ...(family === null ? [] : (typedVariables[family] ?? []))];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(family === null ? own : (typed[family] ?? own))) },
    { weight: 2, arbitrary: wildcarded(fc.constantFrom(...own, ...RESOURCES.slice(3, 6))) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        ...variables,
        'home/${aws:username}/*',
        '${aws:MultiFactorAuthAge}',
        '${aws:SourceIp}',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  );
}

const conditionEntry: fc.Arbitrary<ConditionEntry> = fc
  .tuple(
    fc.constantFrom(...OPERATORS),
    fc.constantFrom<SetQualifier | null>(null, null, 'ForAllValues', 'ForAnyValue'),
    fc.boolean(),
    fc.constantFrom(...KEYS, 'aws:TagKeys', 'missing:key').chain(recase),
  )
  .chain(([operator, qualifier, ifExists, key]) =>
    fc
      .array(
        conditionValue(
          operator,
          key.toLowerCase() === 'aws:tagkeys'
            ? 'aws:TagKeys'
            : (KEYS.find((k) => k.toLowerCase() === key.toLowerCase()) ?? key),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((values): ConditionEntry => ({
        raw: `${qualifier ? `${qualifier}:` : ''}${operator}${ifExists && operator !== 'Null' ? 'IfExists' : ''}`,
        operator,
        qualifier,
        ifExists: ifExists && operator !== 'Null',
        key,
        values,
        valueRanges: ranges(values.length),
        range: RANGE,
      })),
  );

const principalValue = fc.oneof(
  principal,
  account,
  fc.constantFrom(
    '*',
    'arn:aws:iam::111111111111:role/path/dev',
    'arn:aws:iam::111111111111:role/',
    'arn:aws:iam::111111111111:root\n',
  ),
);

const principalBlock: fc.Arbitrary<PrincipalBlock> = fc
  .tuple(
    fc.boolean(),
    fc.boolean(),
    fc.array(
      fc.tuple(
        fc.constantFrom<PrincipalType>('AWS', 'AWS', 'Service', 'Federated', 'CanonicalUser'),
        fc.array(principalValue, { minLength: 1, maxLength: 3 }),
      ),
      { maxLength: 2 },
    ),
  )
  .map(([negated, wildcard, entries]) => ({
    negated,
    wildcard: wildcard && entries.length === 0,
    entries: entries.map(([type, values]) => ({ type, values, valueRanges: ranges(values.length) })),
    range: RANGE,
  }));

const statement = (withPrincipal: boolean): fc.Arbitrary<Statement> =>
  fc
    .record({
      effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
      actionNegated: fc.boolean(),
      actions: fc.array(actionPattern, { minLength: 1, maxLength: 3 }),
      resource: fc.option(fc.tuple(fc.boolean(), fc.array(resourcePattern, { minLength: 1, maxLength: 3 })), {
        nil: null,
        freq: 8,
      }),
      principal: withPrincipal ? fc.option(principalBlock, { nil: null, freq: 6 }) : fc.constant(null),
      conditions: fc.array(conditionEntry, { maxLength: 3 }),
    })
    .map((s): Statement => ({
      index: 0,
      sid: null,
      effect: s.effect,
      action: { negated: s.actionNegated, values: s.actions, valueRanges: ranges(s.actions.length), range: RANGE },
      resource:
        s.resource === null
          ? null
          : { negated: s.resource[0], values: s.resource[1], valueRanges: ranges(s.resource[1].length), range: RANGE },
      principal: s.principal,
      conditions: s.conditions,
      range: RANGE,
    }));

/** A policy of 1-4 statements; `withPrincipal` for resource-side policies. */
export const policy = (withPrincipal: boolean): fc.Arbitrary<Policy> =>
  fc
    .tuple(
      fc.constantFrom<PolicyVersion>('2012-10-17', '2012-10-17', '2012-10-17', '2008-10-17', null),
      fc.array(statement(withPrincipal), { minLength: 1, maxLength: 4 }),
    )
    .map(([version, statements]) => ({
      version,
      id: null,
      statements: statements.map((s, index) => ({ ...s, index })),
      range: RANGE,
    }));

/** A slot value that is absent three times in four. */
const sometimes = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

const levels = (withPrincipal: boolean) =>
  fc.array(fc.array(policy(withPrincipal), { maxLength: 2 }), { minLength: 1, maxLength: 2 });

/** Identity policies only: the caller's side, where most conditions and matching are exercised. */
export const identitySlots: fc.Arbitrary<PolicySlots<Policy>> = fc.record({
  identityPolicies: fc.array(policy(false), { minLength: 1, maxLength: 2 }),
});

/** Every policy slot, each absent more often than present (so that requests can still be allowed). */
export const slots: fc.Arbitrary<PolicySlots<Policy>> = fc.record({
  identityPolicies: fc.array(policy(false), { maxLength: 3 }),
  resourcePolicy: fc.oneof(fc.constant(undefined), policy(true)),
  permissionsBoundary: sometimes(policy(false)),
  sessionPolicy: sometimes(policy(false)),
  serviceControlPolicies: sometimes(levels(false)),
  resourceControlPolicies: sometimes(levels(true)),
  endpointPolicy: sometimes(policy(true)),
});

/** A whole bundle: a request and its policies. */
export const bundle = fc.record({ request, slots });

/** A request with identity policies only. */
export const identityBundle = fc.record({ request, slots: identitySlots });
