// Warnings for condition values that a typed operator can never match (a Numeric operator with "ten",
// a Bool with "yes"). AWS accepts such policies, and the condition is simply false, so these are hints.

import type { ConditionEntry, ConditionOperatorName } from '../policy';
import type { DiagnosticSink } from './diagnostics';
import { shown } from './diagnostics';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const EPOCH = /^\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const IPV4_CIDR = /^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$/;
// The lookahead requires a colon without two ambiguous repetitions around it (no quadratic backtracking).
const IPV6_CIDR = /^(?=[0-9A-Fa-f.]*:)[0-9A-Fa-f:.]+(\/\d{1,3})?$/;
const BOOLEAN = /^(true|false)$/i;

/** What each typed operator family expects, as a test and a description for the message. */
const EXPECTED: Partial<Record<ConditionOperatorName, [RegExp[], string]>> = {};
for (const op of [
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
] as const) {
  EXPECTED[op] = [[NUMBER], 'a number'];
}
for (const op of [
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
] as const) {
  EXPECTED[op] = [[ISO_DATE, EPOCH], 'an ISO 8601 date or epoch seconds'];
}
EXPECTED.Bool = [[BOOLEAN], '"true" or "false"'];
EXPECTED.Null = [[BOOLEAN], '"true" (the key is absent) or "false" (the key is present)'];
EXPECTED.IpAddress = [[IPV4_CIDR, IPV6_CIDR], 'an IPv4 or IPv6 address or CIDR range'];
EXPECTED.NotIpAddress = EXPECTED.IpAddress;

/** Warns about each value of `entry` that its operator cannot compare (values with variables are skipped). */
export function checkConditionValues(sink: DiagnosticSink, entry: ConditionEntry): void {
  const expected = EXPECTED[entry.operator];
  if (!expected) return;
  const [patterns, description] = expected;
  entry.values.forEach((value, i) => {
    if (value.includes('${') || patterns.some((p) => p.test(value))) return;
    sink.report(
      'warning',
      'condition-value-invalid',
      `${shown(value)} under ${shown(entry.raw)} for ${shown(entry.key)} is not ${description}, so this comparison never matches`,
      entry.valueRanges[i],
    );
  });
}
