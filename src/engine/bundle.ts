// The request-bundle loader: validates one JSON Lines input line of the batch format (a bundle, or a
// `{"define": {...}}` line naming policies that bundles then reference as `{"$ref": "name"}`) into a
// ParsedBundle whose policies are parsed for the slot they sit in. Errors name the slot and position.

import type { AuthzRequest, PolicySlots, Result } from './contract';
import type { Diagnostic, Policy, PolicyKind } from './policy';
import { parsePolicyValue } from './parse/parsePolicy';
import type { ParsedPolicy } from './parse/parsePolicy';
import { readRequest } from './parse/readRequest';
import { governedByTrustPolicy } from './trustPolicy';

/** A validated bundle: every policy parsed for its slot, the request checked. */
export type ParsedBundle = PolicySlots<Policy> & { id?: string; request: AuthzRequest };

/** What one input line turned out to be: a define line (no output) or a bundle (one output line). */
export type BundleLine =
  | { type: 'define'; result: Result<string[]> }
  /** `id` is the line's id as written (null if none or unreadable), so even an error line can echo it. */
  | { type: 'bundle'; id: unknown; result: Result<ParsedBundle> };

type BundleError = { code: string; message: string };
type SingleSlot = 'resourcePolicy' | 'permissionsBoundary' | 'sessionPolicy' | 'endpointPolicy';
type LevelSlot = 'serviceControlPolicies' | 'resourceControlPolicies';

/** The conformance corpus's expectation fields, accepted and ignored. */
const IGNORED_FIELDS = ['rule', 'source', 'expect', 'peer_disagrees', 'note'];
const SINGLE_SLOTS: [SingleSlot, PolicyKind][] = [
  ['resourcePolicy', 'resource'],
  ['permissionsBoundary', 'boundary'],
  ['sessionPolicy', 'session'],
  ['endpointPolicy', 'endpoint'],
];
const LEVEL_SLOTS: [LevelSlot, PolicyKind][] = [
  ['serviceControlPolicies', 'scp'],
  ['resourceControlPolicies', 'rcp'],
];
const BUNDLE_FIELDS = [
  'id',
  'request',
  'identityPolicies',
  ...SINGLE_SLOTS.map(([s]) => s),
  ...LEVEL_SLOTS.map(([s]) => s),
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The kind of the resource policy: a role's trust policy when the action is one the trust policy
 * governs (sts:AssumeRole*, sts:TagSession, sts:SetSourceIdentity) on a role ARN, else resource-based.
 */
export function resourcePolicyKind(request: Pick<AuthzRequest, 'action' | 'resource'>): 'trust' | 'resource' {
  return governedByTrustPolicy(request.action, request.resource) ? 'trust' : 'resource';
}

/** Loads bundles line by line, remembering defined policies and parsing each (name, kind) once. */
export class BundleLoader {
  private readonly defined = new Map<string, unknown>();
  private readonly parsedRefs = new Map<string, ParsedPolicy>();

  /** Reads one input line (JSON text). */
  readLine(line: string): BundleLine {
    let raw: unknown;
    try {
      // A byte-order mark (from an editor saving UTF-8 with BOM) is not part of the JSON.
      raw = JSON.parse(line.replace(/^\uFEFF/, ''));
    } catch (e) {
      const message = line.trim() === '' ? 'the line is empty' : `the line is not valid JSON: ${(e as Error).message}`;
      return { type: 'bundle', id: null, result: failure([{ code: 'json-syntax', message }]) };
    }
    if (isObject(raw) && 'define' in raw) return { type: 'define', result: this.define(raw) };
    return { type: 'bundle', id: isObject(raw) ? (raw.id ?? null) : null, result: this.load(raw) };
  }

  /** Registers the named policies of a define line (`{"define": {"name": <policy>, ...}}`). */
  define(raw: Record<string, unknown>): Result<string[]> {
    const extra = Object.keys(raw).filter((k) => k !== 'define');
    if (extra.length > 0)
      return failure([
        {
          code: 'define-invalid',
          message: `a define line holds only "define", not ${extra.map((k) => `"${k}"`).join(', ')}`,
        },
      ]);
    if (!isObject(raw.define))
      return failure([{ code: 'define-invalid', message: 'define must be an object mapping names to policies' }]);
    const errors: BundleError[] = [];
    for (const [name, policy] of Object.entries(raw.define)) {
      if (!isObject(policy) || isRef(policy))
        errors.push({
          code: 'define-invalid',
          message: `define "${name}": a defined policy must be a policy document object`,
        });
    }
    if (errors.length > 0) return failure(errors);
    const names = Object.keys(raw.define);
    for (const name of names) {
      this.defined.set(name, raw.define[name]);
      for (const key of this.parsedRefs.keys()) if (key.endsWith(`\u0000${name}`)) this.parsedRefs.delete(key);
    }
    return { type: 'success', value: names };
  }

  /** Validates one raw bundle object. */
  load(raw: unknown): Result<ParsedBundle> {
    if (!isObject(raw))
      return failure([
        {
          code: 'bundle-invalid',
          message: `a request bundle must be a JSON object, not ${JSON.stringify(raw)?.slice(0, 40)}`,
        },
      ]);
    const errors: BundleError[] = [];
    for (const field of Object.keys(raw)) {
      if (!BUNDLE_FIELDS.includes(field) && !IGNORED_FIELDS.includes(field)) {
        errors.push({
          code: 'bundle-unknown-field',
          message: `unknown field "${field}" (expected ${BUNDLE_FIELDS.join(', ')})`,
        });
      }
    }
    if (raw.id !== undefined && typeof raw.id !== 'string')
      errors.push({ code: 'bundle-invalid', message: 'id must be a string' });
    const { request, errors: requestErrors } = readRequest(raw.request);
    errors.push(...requestErrors);
    const bundle: ParsedBundle = { request: request ?? { principal: '', action: '', resource: '' } };
    if (typeof raw.id === 'string') bundle.id = raw.id;

    const read = (value: unknown, kind: PolicyKind, where: string) => this.readPolicy(value, kind, where, errors);
    if (raw.identityPolicies !== undefined) {
      bundle.identityPolicies = this.readList(raw.identityPolicies, 'identityPolicies', errors, (p, where) =>
        read(p, 'identity', where),
      );
    }
    for (const [slot, slotKind] of SINGLE_SLOTS) {
      if (raw[slot] === undefined) continue;
      const kind = slot === 'resourcePolicy' && request ? resourcePolicyKind(request) : slotKind;
      bundle[slot] = read(raw[slot], kind, slot);
    }
    for (const [slot, kind] of LEVEL_SLOTS) {
      if (raw[slot] === undefined) continue;
      bundle[slot] = this.readList(raw[slot], slot, errors, (level, where) =>
        this.readList(level, where, errors, (p, policyWhere) => read(p, kind, policyWhere)),
      );
    }
    return errors.length > 0 ? failure(errors) : { type: 'success', value: bundle };
  }

  private readList<T>(
    value: unknown,
    where: string,
    errors: BundleError[],
    readItem: (item: unknown, where: string) => T,
  ): T[] {
    if (!Array.isArray(value)) {
      errors.push({ code: 'bundle-invalid', message: `${where} must be an array` });
      return [];
    }
    return value.map((item, i) => readItem(item, `${where}[${i}]`));
  }

  /** Parses a policy (inline or `$ref`) for its slot; reports its errors under `where`. */
  private readPolicy(value: unknown, kind: PolicyKind, where: string, errors: BundleError[]): Policy {
    let parsed: ParsedPolicy;
    let label = where;
    if (isRef(value)) {
      const name = value.$ref;
      label = `${where} ($ref "${name}")`;
      if (!this.defined.has(name)) {
        errors.push({
          code: 'ref-unknown',
          message: `${where}: no policy named "${name}" has been defined (a define line must come first)`,
        });
        return EMPTY_POLICY;
      }
      const key = `${kind}\u0000${name}`;
      parsed = this.parsedRefs.get(key) ?? parsePolicyValue(this.defined.get(name), kind);
      this.parsedRefs.set(key, parsed);
    } else if (!isObject(value)) {
      errors.push({
        code: 'policy-not-object',
        message: `${where}: a policy must be a JSON object, not ${JSON.stringify(value)?.slice(0, 40)}`,
      });
      return EMPTY_POLICY;
    } else {
      parsed = parsePolicyValue(value, kind);
    }
    for (const d of parsed.diagnostics)
      if (d.severity === 'error') errors.push({ code: d.code, message: `${label}: ${position(d)}: ${d.message}` });
    return parsed.policy ?? EMPTY_POLICY;
  }
}

/** Placeholder for a policy that failed; never returned inside a successful bundle. */
const EMPTY_POLICY: Policy = {
  version: null,
  id: null,
  statements: [],
  range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, startOffset: 0, endOffset: 0 },
};

function isRef(value: unknown): value is { $ref: string } {
  return isObject(value) && Object.keys(value).length === 1 && typeof value.$ref === 'string';
}

function position(d: Diagnostic): string {
  return `line ${d.range.startLine}, column ${d.range.startColumn}`;
}

function failure<T>(errors: BundleError[]): Result<T> {
  return { type: 'failure', errors };
}
