// Packs a parsed Policy into the binary form the Wasm engine loads (docs/wasm-layout.md): patterns
// precompiled into units, strings interned as key ids, numbers and dates parsed, CIDRs as bytes and
// prefix, principals classified. Policy-side values are parsed here with the reference's own value
// parsers, so both engines read every policy value identically; the module parses request values.

import type { ConditionEntry, Policy, PrincipalBlock, Statement } from '../policy';
import { hasVariables, operatorSupportsVariables, tokenizeVariables } from '../variables';
import { parseNumber } from '../evaluate/numbers';
import { parseDate } from '../evaluate/dates';
import { parseIpRange } from '../evaluate/ipAddresses';
import { decodeBase64 } from '../evaluate/base64';
import type { ContextKeys } from './contextKeys';
import { WordWriter } from './wordWriter';
import { OPERATOR_CODE, PV, QMARK, QUALIFIER_CODE, STAR, VAR, operatorClass, type OperatorClass } from './layout';

/** Appends text as pattern units; `*` and `?` become wildcards when `wildcards`. */
function textUnits(out: number[], text: string, wildcards: boolean): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(wildcards && c === 42 ? STAR : wildcards && c === 63 ? QMARK : c);
  }
}

/** Units of a value with its policy variables kept as VAR sequences (resolved per request). */
function dynamicUnits(raw: string, wildcards: boolean, keys: ContextKeys): number[] {
  const out: number[] = [];
  for (const seg of tokenizeVariables(raw).segments) {
    if (seg.kind === 'text') textUnits(out, seg.text, wildcards);
    else if (seg.kind === 'literal') out.push(seg.char.charCodeAt(0));
    else {
      out.push(VAR, keys.id(seg.key), seg.defaultValue === null ? -1 : seg.defaultValue.length);
      if (seg.defaultValue !== null) textUnits(out, seg.defaultValue, false);
    }
  }
  return out;
}

function writeUnits(w: WordWriter, units: readonly number[]): void {
  w.push(units.length);
  for (const u of units) w.push(u);
}

function writeText(w: WordWriter, text: string, wildcards: boolean): void {
  const units: number[] = [];
  textUnits(units, text, wildcards);
  writeUnits(w, units);
}

/** A Resource value or a wildcard condition value: dynamic when it holds variables under 2012-10-17. */
function writePattern(w: WordWriter, raw: string, substitutes: boolean, keys: ContextKeys): void {
  if (substitutes && hasVariables(raw)) writeUnits(w, dynamicUnits(raw, true, keys));
  else writeText(w, raw, true);
}

function readBool(text: string): number {
  const lower = text.toLowerCase();
  return lower === 'true' ? 1 : lower === 'false' ? 0 : -1;
}

/** One condition value: the dynamic flag, then the class's static payload or the dynamic units. */
function writeValue(w: WordWriter, cls: OperatorClass, raw: string, substitutes: boolean, keys: ContextKeys): void {
  if (cls === 'null') {
    w.push(0);
    const lower = raw.toLowerCase();
    w.push(lower === 'true' ? 1 : lower === 'false' ? 0 : -1);
    return;
  }
  const wildcards = cls === 'like' || cls === 'arn';
  if (substitutes && hasVariables(raw)) {
    w.push(1);
    writeUnits(w, dynamicUnits(raw, wildcards, keys));
    return;
  }
  w.push(0);
  switch (cls) {
    case 'exact':
      writeText(w, raw, false);
      break;
    case 'ignoreCase':
      writeText(w, raw.toLowerCase(), false);
      break;
    case 'like':
    case 'arn':
      writeText(w, raw, true);
      break;
    case 'number':
    case 'date': {
      const n = cls === 'number' ? parseNumber(raw) : parseDate(raw);
      w.push(Number.isNaN(n) ? 0 : 1);
      w.float(n);
      break;
    }
    case 'bool':
      w.push(readBool(raw));
      break;
    case 'binary': {
      const bytes = decodeBase64(raw);
      w.push(bytes === null ? 0 : 1);
      writeText(w, bytes ?? '', false);
      break;
    }
    case 'ip': {
      const range = parseIpRange(raw, true);
      w.push(range === null ? 0 : 1);
      w.push(range?.bytes.length ?? 0);
      w.push(range?.prefix ?? 0);
      for (let i = 0; i < 16; i++) w.push(range?.bytes[i] ?? 0);
      break;
    }
  }
}

function writeCondition(w: WordWriter, c: ConditionEntry, substitutes: boolean, keys: ContextKeys): void {
  const cls = operatorClass(c.operator);
  w.push(OPERATOR_CODE[c.operator]);
  w.push(QUALIFIER_CODE[c.qualifier ?? 'none']);
  w.push(c.ifExists ? 1 : 0);
  w.push(keys.id(c.key));
  w.push(c.values.length);
  // Only String, ARN and Bool operators take variables: elsewhere `${...}` is literal text, as in the reference.
  const valuesSubstitute = substitutes && operatorSupportsVariables(c.operator);
  for (const raw of c.values) writeValue(w, cls, raw, valuesSubstitute, keys);
}

const ACCOUNT_ID = /^\d{12}$/;
const IAM_ROOT_OR_ROLE = /^arn:([^:]+):iam::(\d{12}):(root|role\/.*)$/;

/** Classifies one Principal value as principals.ts matches it (matchAwsEntry). */
function writePrincipalValue(w: WordWriter, type: string, value: string): void {
  const m = type === 'AWS' ? IAM_ROOT_OR_ROLE.exec(value) : null;
  if (type === 'AWS' && value === '*') w.push(PV.any);
  else if (type === 'AWS' && ACCOUNT_ID.test(value)) w.push(PV.account);
  else if (m !== null) w.push(m[3] === 'root' ? PV.iamRoot : PV.iamRole);
  else w.push(PV.exact);
  w.string(value);
  if (m !== null) {
    w.string(m[1]);
    w.string(m[2]);
    w.string(m[3].slice(m[3].lastIndexOf('/') + 1));
  }
}

function writePrincipal(w: WordWriter, block: PrincipalBlock | null): void {
  if (block === null) {
    w.push(0);
    return;
  }
  w.push(1);
  w.push(block.negated ? 1 : 0);
  w.push(block.wildcard ? 1 : 0);
  w.push(block.entries.reduce((n, e) => n + e.values.length, 0));
  for (const e of block.entries) for (const v of e.values) writePrincipalValue(w, e.type, v);
}

function writeStatement(w: WordWriter, s: Statement, substitutes: boolean, keys: ContextKeys): void {
  w.push(s.effect === 'Deny' ? 1 : 0);
  w.push(s.action.negated ? 1 : 0);
  w.push(s.action.values.length);
  for (const a of s.action.values) writeText(w, a.toLowerCase(), true);
  w.push(s.resource === null ? 0 : 1);
  if (s.resource !== null) {
    w.push(s.resource.negated ? 1 : 0);
    w.push(s.resource.values.length);
    for (const r of s.resource.values) writePattern(w, r, substitutes, keys);
  }
  writePrincipal(w, s.principal);
  w.push(s.conditions.length);
  for (const c of s.conditions) writeCondition(w, c, substitutes, keys);
}

/** Packs a policy; variables are substituted only under Version 2012-10-17, as in the reference. */
export function packPolicy(policy: Policy, keys: ContextKeys): Int32Array {
  const w = new WordWriter();
  const substitutes = policy.version === '2012-10-17';
  w.push(policy.statements.length);
  for (const s of policy.statements) writeStatement(w, s, substitutes, keys);
  return w.finish();
}
