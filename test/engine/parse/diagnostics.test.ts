// Every diagnostic of the policy parser, each placed at the exact range the editor underlines. Cases
// follow the IAM JSON policy elements reference and the policy grammar; ⟦...⟧ marks the expected range.

import { describe, expect, it } from 'vitest';
import type { PolicyKind, Severity } from '../../../src/engine/policy';
import { parsePolicy } from '../../../src/engine/parse/parsePolicy';
import { unmark } from './markedText';

type Case = [rule: string, kind: PolicyKind, marked: string, code: string, severity: Severity];

const V = '"Version": "2012-10-17"';
const ALLOW_ALL = '"Effect": "Allow", "Action": "*", "Resource": "*"';

const cases: Case[] = [
  // JSON itself
  [
    'a policy must be valid JSON, and the error says where',
    'identity',
    `{${V}, "Statement": ⟦}⟧`,
    'json-syntax',
    'error',
  ],
  ['JSON has no comments', 'identity', `{${V}, ⟦// why⟧\n"Statement": {${ALLOW_ALL}}}`, 'json-comment', 'error'],
  [
    'JSON has no block comments either',
    'identity',
    `{${V}, ⟦/* why */⟧ "Statement": {${ALLOW_ALL}}}`,
    'json-comment',
    'error',
  ],
  [
    'JSON has no trailing commas in objects',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}⟦,⟧ }}`,
    'json-trailing-comma',
    'error',
  ],
  [
    'JSON has no trailing commas in arrays',
    'identity',
    `{${V}, "Statement": [{${ALLOW_ALL}}⟦,⟧\n]}`,
    'json-trailing-comma',
    'error',
  ],
  [
    'an element may appear only once in an object',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, ⟦"Effect"⟧: "Deny"}}`,
    'json-duplicate-key',
    'error',
  ],
  [
    'JSON nested deeper than any policy needs is rejected',
    'identity',
    `{"Statement": ${'['.repeat(63)}⟦[⟧${']'.repeat(64)}}`,
    'json-syntax',
    'error',
  ],
  ['an empty text is not a policy', 'identity', '⟦⟧', 'json-syntax', 'error'],
  // Top level
  ['a policy is a JSON object', 'identity', `⟦["Statement"]⟧`, 'policy-not-object', 'error'],
  [
    'top-level elements are Version, Id and Statement',
    'identity',
    `{${V}, ⟦"Effect"⟧: "Allow", "Statement": {${ALLOW_ALL}}}`,
    'unknown-element',
    'error',
  ],
  ['element names are case-sensitive', 'identity', `{${V}, ⟦"statement"⟧: {${ALLOW_ALL}}}`, 'unknown-element', 'error'],
  ['a policy needs a Statement', 'identity', `⟦{⟧${V}}`, 'statement-missing', 'error'],
  ['Statement is an object or an array', 'identity', `{${V}, "Statement": ⟦"Allow"⟧}`, 'wrong-type', 'error'],
  ['each statement is an object', 'identity', `{${V}, "Statement": [⟦["Allow"]⟧]}`, 'wrong-type', 'error'],
  [
    'an empty Statement array grants nothing',
    'identity',
    `{${V}, "Statement": ⟦[]⟧}`,
    'empty-statement-list',
    'warning',
  ],
  [
    'Version is 2012-10-17 or 2008-10-17',
    'identity',
    `{"Version": ⟦"2012-10-18"⟧, "Statement": {${ALLOW_ALL}}}`,
    'version-invalid',
    'error',
  ],
  ['Version is a string', 'identity', `{"Version": ⟦20121017⟧, "Statement": {${ALLOW_ALL}}}`, 'wrong-type', 'error'],
  [
    'without Version, AWS uses 2008-10-17 and variables are literal',
    'identity',
    `⟦{⟧"Statement": {${ALLOW_ALL}}}`,
    'version-missing',
    'warning',
  ],
  [
    'Id is a string',
    'resource',
    `{${V}, "Id": ⟦7⟧, "Statement": {${ALLOW_ALL}, "Principal": "*"}}`,
    'wrong-type',
    'error',
  ],
  // Statement elements
  [
    'statement elements are the documented ones',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, ⟦"Actions"⟧: "s3:*"}}`,
    'unknown-element',
    'error',
  ],
  [
    'every statement needs an Effect',
    'identity',
    `{${V}, "Statement": ⟦{"Action": "*", "Resource": "*"}⟧}`,
    'effect-missing',
    'error',
  ],
  [
    'Effect is exactly "Allow" or "Deny" (case-sensitive)',
    'identity',
    `{${V}, "Statement": {"Effect": ⟦"allow"⟧, "Action": "*", "Resource": "*"}}`,
    'effect-invalid',
    'error',
  ],
  [
    'Effect is a string',
    'identity',
    `{${V}, "Statement": {"Effect": ⟦true⟧, "Action": "*", "Resource": "*"}}`,
    'wrong-type',
    'error',
  ],
  [
    'every statement needs Action or NotAction',
    'identity',
    `{${V}, "Statement": ⟦{"Effect": "Allow", "Resource": "*"}⟧}`,
    'action-missing',
    'error',
  ],
  [
    'Action and NotAction exclude each other',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, ⟦"NotAction"⟧: "s3:*"}}`,
    'action-and-notaction',
    'error',
  ],
  [
    'Resource and NotResource exclude each other',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, ⟦"NotResource"⟧: "*"}}`,
    'resource-and-notresource',
    'error',
  ],
  [
    'an identity-based policy needs Resource or NotResource',
    'identity',
    `{${V}, "Statement": ⟦{"Effect": "Allow", "Action": "*"}⟧}`,
    'resource-missing',
    'error',
  ],
  [
    'a service control policy needs Resource or NotResource',
    'scp',
    `{${V}, "Statement": ⟦{"Effect": "Allow", "Action": "*"}⟧}`,
    'resource-missing',
    'error',
  ],
  [
    'a resource-based policy needs Resource or NotResource',
    'resource',
    `{${V}, "Statement": ⟦{"Effect": "Allow", "Action": "*", "Principal": "*"}⟧}`,
    'resource-missing',
    'error',
  ],
  [
    'a role trust policy has no Resource',
    'trust',
    `{${V}, "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "111122223333"}, ⟦"Resource"⟧: "*"}}`,
    'resource-not-allowed',
    'error',
  ],
  [
    'Action values are strings',
    'identity',
    `{${V}, "Statement": {"Effect": "Allow", "Action": ⟦{"s3": "*"}⟧, "Resource": "*"}}`,
    'wrong-type',
    'error',
  ],
  [
    'array items of Action are strings',
    'identity',
    `{${V}, "Statement": {"Effect": "Allow", "Action": ["s3:GetObject", ⟦1⟧], "Resource": "*"}}`,
    'wrong-type',
    'error',
  ],
  [
    'Action arrays hold one or more values',
    'identity',
    `{${V}, "Statement": {"Effect": "Allow", "Action": ⟦[]⟧, "Resource": "*"}}`,
    'empty-array',
    'error',
  ],
  [
    'Resource arrays hold one or more values',
    'identity',
    `{${V}, "Statement": {"Effect": "Allow", "Action": "*", "Resource": ⟦[]⟧}}`,
    'empty-array',
    'error',
  ],
  [
    'an action is prefixed by its service',
    'identity',
    `{${V}, "Statement": {"Effect": "Allow", "Action": ["s3:GetObject", ⟦"GetObject"⟧], "Resource": "*"}}`,
    'action-malformed',
    'error',
  ],
  [
    'a resource is "*" or an ARN',
    'identity',
    `{${V}, "Statement": {"Effect": "Allow", "Action": "*", "Resource": ⟦"my-bucket"⟧}}`,
    'resource-malformed',
    'error',
  ],
  [
    'Sids are unique within a policy',
    'identity',
    `{${V}, "Statement": [{"Sid": "A", ${ALLOW_ALL}}, {"Sid": ⟦"A"⟧, ${ALLOW_ALL}}]}`,
    'sid-duplicate',
    'error',
  ],
  [
    'IAM Sids hold only ASCII letters and digits',
    'identity',
    `{${V}, "Statement": {"Sid": ⟦"read only"⟧, ${ALLOW_ALL}}}`,
    'sid-characters',
    'error',
  ],
  ['Sid is a string', 'identity', `{${V}, "Statement": {"Sid": ⟦1⟧, ${ALLOW_ALL}}}`, 'wrong-type', 'error'],
  // Principal
  [
    'an identity-based policy has no Principal',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, ⟦"Principal"⟧: "*"}}`,
    'principal-not-allowed',
    'error',
  ],
  [
    'a permissions boundary has no Principal',
    'boundary',
    `{${V}, "Statement": {${ALLOW_ALL}, ⟦"Principal"⟧: "*"}}`,
    'principal-not-allowed',
    'error',
  ],
  [
    'a session policy has no Principal',
    'session',
    `{${V}, "Statement": {${ALLOW_ALL}, ⟦"Principal"⟧: "*"}}`,
    'principal-not-allowed',
    'error',
  ],
  [
    'a service control policy has no Principal',
    'scp',
    `{${V}, "Statement": {${ALLOW_ALL}, ⟦"Principal"⟧: "*"}}`,
    'principal-not-allowed',
    'error',
  ],
  [
    'an identity-based policy has no NotPrincipal',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, ⟦"NotPrincipal"⟧: "*"}}`,
    'principal-not-allowed',
    'error',
  ],
  [
    'a role trust policy cannot use NotPrincipal',
    'trust',
    `{${V}, "Statement": {"Effect": "Deny", "Action": "sts:AssumeRole", ⟦"NotPrincipal"⟧: {"AWS": "111122223333"}}}`,
    'principal-not-allowed',
    'error',
  ],
  [
    'a resource-based policy names a Principal',
    'resource',
    `{${V}, "Statement": ⟦{${ALLOW_ALL}}⟧}`,
    'principal-missing',
    'error',
  ],
  [
    'a role trust policy names a Principal',
    'trust',
    `{${V}, "Statement": ⟦{"Effect": "Allow", "Action": "sts:AssumeRole"}⟧}`,
    'principal-missing',
    'error',
  ],
  [
    'a resource control policy names a Principal',
    'rcp',
    `{${V}, "Statement": ⟦{"Effect": "Deny", "Action": "*", "Resource": "*"}⟧}`,
    'principal-missing',
    'error',
  ],
  [
    'a VPC endpoint policy names a Principal',
    'endpoint',
    `{${V}, "Statement": ⟦{${ALLOW_ALL}}⟧}`,
    'principal-missing',
    'error',
  ],
  [
    'Principal and NotPrincipal exclude each other',
    'resource',
    `{${V}, "Statement": {${ALLOW_ALL}, "Principal": "*", ⟦"NotPrincipal"⟧: {"AWS": "111122223333"}}}`,
    'principal-and-notprincipal',
    'error',
  ],
  [
    'a principal string can only be "*"',
    'resource',
    `{${V}, "Statement": {${ALLOW_ALL}, "Principal": ⟦"111122223333"⟧}}`,
    'principal-invalid',
    'error',
  ],
  [
    'principal types are AWS, Service, Federated and CanonicalUser',
    'resource',
    `{${V}, "Statement": {${ALLOW_ALL}, "Principal": {⟦"User"⟧: "alice"}}}`,
    'principal-type-unknown',
    'error',
  ],
  [
    'an AWS principal is "*", an account ID or an ARN',
    'resource',
    `{${V}, "Statement": {${ALLOW_ALL}, "Principal": {"AWS": ⟦"alice"⟧}}}`,
    'principal-invalid',
    'error',
  ],
  [
    'a principal ARN cannot hold a partial wildcard',
    'resource',
    `{${V}, "Statement": {${ALLOW_ALL}, "Principal": {"AWS": ⟦"arn:aws:iam::111122223333:user/*"⟧}}}`,
    'principal-invalid',
    'error',
  ],
  [
    'principal value arrays hold one or more values',
    'resource',
    `{${V}, "Statement": {${ALLOW_ALL}, "Principal": {"Service": ⟦[]⟧}}}`,
    'empty-array',
    'error',
  ],
  [
    'a Principal object names at least one principal',
    'resource',
    `{${V}, "Statement": {${ALLOW_ALL}, "Principal": ⟦{}⟧}}`,
    'principal-invalid',
    'error',
  ],
  [
    'NotPrincipal is supported only with Deny',
    'resource',
    `{${V}, "Statement": {${ALLOW_ALL}, ⟦"NotPrincipal"⟧: {"AWS": "111122223333"}}}`,
    'notprincipal-with-allow',
    'warning',
  ],
  [
    'a resource control policy accepts only Principal "*"',
    'rcp',
    `{${V}, "Statement": {"Effect": "Deny", "Action": "*", "Resource": "*", ⟦"Principal": {"AWS": "111122223333"}⟧}}`,
    'rcp-principal-not-star',
    'error',
  ],
  [
    'a resource control policy has no NotPrincipal',
    'rcp',
    `{${V}, "Statement": {"Effect": "Deny", "Action": "*", "Resource": "*", ⟦"NotPrincipal"⟧: {"AWS": "111122223333"}}}`,
    'principal-not-allowed',
    'error',
  ],
  [
    'Allow in an RCP is only for RCPFullAWSAccess',
    'rcp',
    `{${V}, "Statement": {"Effect": ⟦"Allow"⟧, "Action": "*", "Resource": "*", "Principal": "*"}}`,
    'rcp-allow',
    'warning',
  ],
  [
    'RCPs do not support NotAction',
    'rcp',
    `{${V}, "Statement": {"Effect": "Deny", ⟦"NotAction"⟧: "s3:*", "Resource": "*", "Principal": "*"}}`,
    'rcp-notaction',
    'warning',
  ],
  // Condition
  [
    'Condition is an object of operators',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": ⟦["StringEquals"]⟧}}`,
    'wrong-type',
    'error',
  ],
  [
    'an unknown condition operator makes the policy malformed',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {⟦"StringEqualz"⟧: {"aws:username": "a"}}}}`,
    'condition-operator-unknown',
    'error',
  ],
  [
    'condition operator names are case-sensitive',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {⟦"stringEquals"⟧: {"aws:username": "a"}}}}`,
    'condition-operator-unknown',
    'error',
  ],
  [
    'set qualifiers are ForAllValues and ForAnyValue',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {⟦"ForSomeValues:StringEquals"⟧: {"aws:TagKeys": "a"}}}}`,
    'condition-operator-unknown',
    'error',
  ],
  [
    'Null cannot be combined with IfExists',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {⟦"NullIfExists"⟧: {"aws:username": "true"}}}}`,
    'condition-operator-combination',
    'error',
  ],
  [
    'Null takes no set qualifier',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {⟦"ForAllValues:Null"⟧: {"aws:TagKeys": "true"}}}}`,
    'condition-operator-combination',
    'error',
  ],
  [
    'an operator maps keys to values',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"StringEquals": ⟦"aws:username"⟧}}}`,
    'wrong-type',
    'error',
  ],
  [
    'condition keys carry a service prefix',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"StringEquals": {⟦"username"⟧: "a"}}}}`,
    'condition-key-malformed',
    'error',
  ],
  [
    'condition values cannot be objects',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"StringEquals": {"aws:username": ⟦{"a": 1}⟧}}}}`,
    'wrong-type',
    'error',
  ],
  [
    'condition values cannot be arrays of arrays',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"StringEquals": {"aws:username": ["a", ⟦["b"]⟧]}}}}`,
    'wrong-type',
    'error',
  ],
  [
    'condition values cannot be null',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"StringEquals": {"aws:username": ⟦null⟧}}}}`,
    'wrong-type',
    'error',
  ],
  [
    'condition value arrays hold one or more values',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"StringEquals": {"aws:username": ⟦[]⟧}}}}`,
    'empty-array',
    'error',
  ],
  [
    'a numeric operator compares numbers',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"NumericLessThan": {"s3:max-keys": ["10", ⟦"ten"⟧]}}}}`,
    'condition-value-invalid',
    'warning',
  ],
  [
    'a date operator compares ISO 8601 dates or epoch seconds',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"DateGreaterThan": {"aws:CurrentTime": ⟦"tomorrow"⟧}}}}`,
    'condition-value-invalid',
    'warning',
  ],
  [
    'Bool compares "true" or "false"',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"Bool": {"aws:SecureTransport": ⟦"yes"⟧}}}}`,
    'condition-value-invalid',
    'warning',
  ],
  [
    'IpAddress compares IP addresses and CIDR ranges',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32", ⟦"my-office"⟧]}}}}`,
    'condition-value-invalid',
    'warning',
  ],
  [
    'Null takes "true" or "false"',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"Null": {"aws:TokenIssueTime": ⟦"absent"⟧}}}}`,
    'condition-value-invalid',
    'warning',
  ],
  // Variables
  [
    'a policy variable is closed with "}"',
    'identity',
    `{${V}, "Statement": {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b/⟦\${aws:username⟧"}}`,
    'variable-malformed',
    'error',
  ],
  [
    'a policy variable names a context key',
    'identity',
    `{${V}, "Statement": {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b/⟦\${}⟧/x"}}`,
    'variable-malformed',
    'error',
  ],
  [
    'a default value is quoted with single quotes',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"StringEquals": {"aws:username": "⟦\${aws:PrincipalTag/team, none}⟧"}}}}`,
    'variable-malformed',
    'error',
  ],
  [
    'Numeric operators do not support policy variables',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"NumericLessThan": {"s3:max-keys": ⟦"\${aws:PrincipalTag/limit}"⟧}}}}`,
    'variable-not-supported',
    'warning',
  ],
  [
    'Date operators do not support policy variables',
    'identity',
    `{${V}, "Statement": {${ALLOW_ALL}, "Condition": {"DateLessThan": {"aws:CurrentTime": ⟦"\${aws:PrincipalTag/until}"⟧}}}}`,
    'variable-not-supported',
    'warning',
  ],
  [
    'variables are literal text without Version 2012-10-17',
    'identity',
    `{"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": ⟦"arn:aws:s3:::b/\${aws:username}"⟧}}`,
    'variable-not-substituted',
    'info',
  ],
];

describe('policy diagnostics', () => {
  it('reports every problem of a policy, not only the first', () => {
    const text = `{${V}, "Statement": [{"Effect": "allow", "Action": "s3", "Resource": "*"}, {"Effect": "Allow", "Action": "*", "Resource": "*", "Effect": "Deny"}]}`;
    expect(parsePolicy(text, 'identity').diagnostics.map((d) => d.code)).toEqual([
      'effect-invalid',
      'action-malformed',
      'json-duplicate-key',
    ]);
  });

  it('a huge value is shortened in the message, while the range still covers all of it', () => {
    const huge = 'x'.repeat(100_000);
    const [diagnostic] = parsePolicy(
      `{${V}, "Statement": {"Effect": "Allow", "Action": "${huge}", "Resource": "*"}}`,
      'identity',
    ).diagnostics;
    expect(diagnostic.code).toBe('action-malformed');
    expect(diagnostic.message.length).toBeLessThan(300);
    expect(diagnostic.range.endOffset - diagnostic.range.startOffset).toBe(huge.length + 2);
  });

  it('a deeply nested text is reported, not a crash', () => {
    const { policy, diagnostics } = parsePolicy(`{"Statement": ${'['.repeat(100_000)}`, 'identity');
    expect(policy).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['json-syntax']);
  });

  it.each(cases)('%s', (_rule, kind, marked, code, severity) => {
    const { text, range } = unmark(marked);
    const { policy, diagnostics } = parsePolicy(text, kind);
    const found = diagnostics.filter((d) => d.code === code);
    expect(found, JSON.stringify(diagnostics)).toHaveLength(1);
    expect(found[0].severity).toBe(severity);
    expect(found[0].range).toEqual(range);
    expect(found[0].message.length).toBeGreaterThan(10);
    // A policy with an error is never handed to an engine; warnings and hints do not block it.
    if (severity === 'error') expect(policy).toBeNull();
    else expect(policy).not.toBeNull();
  });
});
