// The policy parser: JSON text in, a typed Policy with source ranges and diagnostics out. A policy with
// any error-severity diagnostic is returned as null, so no engine ever half-evaluates it.

import type { Node } from 'jsonc-parser';
import type { Diagnostic, Policy, PolicyKind, PolicyVersion, Statement } from '../policy';
import { DiagnosticSink } from './diagnostics';
import { describeType, itemsOf, keyOf, propertiesOf, readString, valueOf } from './elementValues';
import { parseStrictJson } from './jsonSyntax';
import { createParseContext } from './parseContext';
import type { ParseContext } from './parseContext';
import { SourceText } from './sourceText';
import { didYouMean } from './suggest';
import { readStatement, STATEMENT_ELEMENTS } from './statement';
import { shown } from './diagnostics';

/** The parser's answer: the policy (null if any error) and every diagnostic, in text order. */
export interface ParsedPolicy {
  policy: Policy | null;
  diagnostics: Diagnostic[];
}

const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'];
const VERSIONS: readonly PolicyVersion[] = ['2012-10-17', '2008-10-17'];

/** Parses a policy document's JSON text as a policy of the given kind. */
export function parsePolicy(text: string, kind: PolicyKind): ParsedPolicy {
  const sink = new DiagnosticSink(new SourceText(text));
  const root = parseStrictJson(sink);
  const policy = root ? readPolicy(sink, root, kind) : null;
  const diagnostics = [...sink.diagnostics].sort((a, b) => a.range.startOffset - b.range.startOffset);
  return { policy: sink.hasErrors ? null : policy, diagnostics };
}

/** Parses an already-parsed JSON value, via its pretty-printed text so that ranges exist. */
export function parsePolicyValue(value: unknown, kind: PolicyKind): ParsedPolicy {
  const text = JSON.stringify(value, null, 2);
  // JSON.stringify yields undefined for functions and undefined itself: not a policy document.
  return parsePolicy(text ?? '', kind);
}

function readPolicy(sink: DiagnosticSink, root: Node, kind: PolicyKind): Policy | null {
  if (root.type !== 'object') {
    sink.error('policy-not-object', `a policy must be a JSON object, not ${describeType(root)}`, root);
    return null;
  }
  const props = propertiesOf(root);
  for (const [name, property] of props) {
    if (POLICY_ELEMENTS.includes(name)) continue;
    const hint = STATEMENT_ELEMENTS.includes(name)
      ? ` (${name} belongs inside a statement)`
      : didYouMean(name, POLICY_ELEMENTS);
    sink.error('unknown-element', `unknown top-level element ${shown(name)}${hint}`, keyOf(property));
  }
  const version = readVersion(sink, root, props.get('Version'));
  const idProperty = props.get('Id');
  const id = idProperty ? readString(valueOf(idProperty), 'Id', sink) : null;
  const ctx = createParseContext(sink, kind, version);
  const statements = readStatements(ctx, root, props.get('Statement'));
  return statements ? { version, id, statements, range: sink.rangeOf(root) } : null;
}

function readVersion(sink: DiagnosticSink, root: Node, property: Node | undefined): PolicyVersion {
  if (!property) {
    sink.report(
      'warning',
      'version-missing',
      'the policy has no Version: AWS then uses 2008-10-17, so policy variables such as ${aws:username} are literal text; add "Version": "2012-10-17"',
      sink.source.range(root.offset, 1),
    );
    return null;
  }
  const value = readString(valueOf(property), 'Version', sink);
  const version = VERSIONS.find((v) => v === value);
  if (version) return version;
  if (value !== null) {
    sink.error(
      'version-invalid',
      `Version must be "2012-10-17" or "2008-10-17", not ${shown(value)} (it is the policy language version, not a date of your choice)`,
      valueOf(property),
    );
  }
  return null;
}

function readStatements(ctx: ParseContext, root: Node, property: Node | undefined): Statement[] | null {
  const { sink } = ctx;
  if (!property) {
    sink.error('statement-missing', 'the policy has no Statement element', sink.source.range(root.offset, 1));
    return null;
  }
  const node = valueOf(property);
  if (node.type !== 'object' && node.type !== 'array') {
    sink.error('wrong-type', `Statement must be an object or an array of objects, not ${describeType(node)}`, node);
    return null;
  }
  const items = itemsOf(node);
  if (items.length === 0) {
    sink.report(
      'warning',
      'empty-statement-list',
      'Statement is an empty array: this policy allows and denies nothing',
      node,
    );
  }
  const statements = items.map((item, index) => readStatement(ctx, item, index));
  reportDuplicateSids(ctx, items);
  return statements.every((s) => s !== null) ? (statements as Statement[]) : null;
}

function reportDuplicateSids(ctx: ParseContext, items: Node[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const sidProperty = item.type === 'object' ? propertiesOf(item).get('Sid') : undefined;
    const sidNode = sidProperty ? valueOf(sidProperty) : undefined;
    if (!sidNode || sidNode.type !== 'string' || sidNode.value === '') return;
    const sid = sidNode.value as string;
    const first = seen.get(sid);
    if (first !== undefined) {
      ctx.sink.error(
        'sid-duplicate',
        `Sid ${shown(sid)} of Statement[${index}] repeats the Sid of Statement[${first}]: Sids must be unique within a policy`,
        sidNode,
      );
    } else {
      seen.set(sid, index);
    }
  });
}
