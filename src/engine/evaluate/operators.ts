// The condition operators, one entry per base operator name (IfExists and the set qualifiers are
// handled in conditions.ts). Documented rules ("IAM JSON policy elements: Condition operators"):
// - String*: case-sensitive, except the IgnoreCase forms; StringLike has `*` and `?` wildcards.
// - Numeric*: compare numbers by value. Date*: ISO 8601 or epoch seconds on one time scale.
// - Bool: "true"/"false" (case-insensitive). BinaryEquals: base64-encoded bytes.
// - IpAddress/NotIpAddress: CIDR ranges. Arn*: part-wise ARN match, ArnEquals behaves as ArnLike.
// - A negated operator (Not...) is true when the value matches none of the policy values (NOR).
// A policy value or a request value that does not parse for a typed operator never matches; for a
// negated operator a malformed request value makes the test false as well ("no match" either way).
// `Null` is not in this table: it tests presence, not values.

import type { ConditionOperatorName } from '../policy';
import { compileArnPattern, matchArn, type ArnPattern } from './arnPattern';
import { decodeBase64 } from './base64';
import { parseDate } from './dates';
import { compileGlob, matchGlob, type Glob, type PatternPart } from './glob';
import { ipInRange, parseIpRange, type IpRange } from './ipAddresses';
import { parseNumber } from './numbers';
import { partsText } from './substitute';

/** How one base operator reads policy values and request values and compares them. */
export interface Operator<P, C> {
  /** The Not... forms: true when no policy value matches. */
  negated: boolean;
  /** Whether `*` and `?` in policy values are wildcards. */
  wildcards: boolean;
  /** Compiles a resolved policy value; null when malformed (it then never matches). */
  compileValue(parts: PatternPart[]): P | null;
  /** Reads a request value; null when malformed. */
  readContext(text: string): C | null;
  matches(context: C, value: P): boolean;
}

/** An operator with its value types erased, as stored in compiled conditions. */
export type AnyOperator = Operator<unknown, unknown>;

function op<P, C>(spec: Operator<P, C>): AnyOperator {
  return spec as unknown as AnyOperator;
}

const identity = (text: string): string => text;
const isNumber = (n: number): number | null => (Number.isNaN(n) ? null : n);

function exact(negated: boolean): AnyOperator {
  return op<string, string>({
    negated,
    wildcards: false,
    compileValue: partsText,
    readContext: identity,
    matches: (c, v) => c === v,
  });
}

function ignoreCase(negated: boolean): AnyOperator {
  return op<string, string>({
    negated,
    wildcards: false,
    compileValue: (parts) => partsText(parts).toLowerCase(),
    readContext: lowerCase,
    matches: (c, v) => c === v,
  });
}

function like(negated: boolean): AnyOperator {
  return op<Glob, string>({
    negated,
    wildcards: true,
    compileValue: compileGlob,
    readContext: identity,
    matches: (c, v) => matchGlob(v, c),
  });
}

function arn(negated: boolean): AnyOperator {
  return op<ArnPattern, string>({
    negated,
    wildcards: true,
    compileValue: compileArnPattern,
    readContext: identity,
    matches: (c, v) => matchArn(v, c),
  });
}

const readNumber = (text: string) => isNumber(parseNumber(text));
const readDate = (text: string) => isNumber(parseDate(text));

function ordered(
  read: (text: string) => number | null,
  negated: boolean,
  cmp: (c: number, v: number) => boolean,
): AnyOperator {
  return op<number, number>({
    negated,
    wildcards: false,
    compileValue: (parts) => read(partsText(parts)),
    readContext: read,
    matches: cmp,
  });
}

function readBool(text: string): string | null {
  const lower = text.toLowerCase();
  return lower === 'true' || lower === 'false' ? lower : null;
}

const readAddress = (text: string) => parseIpRange(text, false);
const lowerCase = (text: string) => text.toLowerCase();

function ip(negated: boolean): AnyOperator {
  return op<IpRange, IpRange>({
    negated,
    wildcards: false,
    compileValue: (parts) => parseIpRange(partsText(parts), true),
    readContext: readAddress,
    matches: ipInRange,
  });
}

const eq = (c: number, v: number) => c === v;
const lt = (c: number, v: number) => c < v;
const le = (c: number, v: number) => c <= v;
const gt = (c: number, v: number) => c > v;
const ge = (c: number, v: number) => c >= v;

/** Every base operator except Null. */
export const OPERATORS: Record<Exclude<ConditionOperatorName, 'Null'>, AnyOperator> = {
  StringEquals: exact(false),
  StringNotEquals: exact(true),
  StringEqualsIgnoreCase: ignoreCase(false),
  StringNotEqualsIgnoreCase: ignoreCase(true),
  StringLike: like(false),
  StringNotLike: like(true),
  NumericEquals: ordered(readNumber, false, eq),
  NumericNotEquals: ordered(readNumber, true, eq),
  NumericLessThan: ordered(readNumber, false, lt),
  NumericLessThanEquals: ordered(readNumber, false, le),
  NumericGreaterThan: ordered(readNumber, false, gt),
  NumericGreaterThanEquals: ordered(readNumber, false, ge),
  DateEquals: ordered(readDate, false, eq),
  DateNotEquals: ordered(readDate, true, eq),
  DateLessThan: ordered(readDate, false, lt),
  DateLessThanEquals: ordered(readDate, false, le),
  DateGreaterThan: ordered(readDate, false, gt),
  DateGreaterThanEquals: ordered(readDate, false, ge),
  Bool: op<string, string>({
    negated: false,
    wildcards: false,
    compileValue: (parts) => readBool(partsText(parts)),
    readContext: readBool,
    matches: (c, v) => c === v,
  }),
  BinaryEquals: op<string, string>({
    negated: false,
    wildcards: false,
    compileValue: (parts) => decodeBase64(partsText(parts)),
    readContext: decodeBase64,
    matches: (c, v) => c === v,
  }),
  IpAddress: ip(false),
  NotIpAddress: ip(true),
  ArnEquals: arn(false),
  ArnNotEquals: arn(true),
  ArnLike: arn(false),
  ArnNotLike: arn(true),
};
