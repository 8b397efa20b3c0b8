// What every element reader needs while parsing one policy: the diagnostics, the policy kind's rules
// and the policy's Version (which decides whether `${...}` is a variable or literal text).

import type { Node } from 'jsonc-parser';
import type { PolicyKind, PolicyVersion, SourceRange } from '../policy';
import { hasVariables, tokenizeVariables } from '../variables';
import type { DiagnosticSink } from './diagnostics';
import { KIND_RULES } from './kindRules';
import type { KindRules } from './kindRules';
import { shown } from './diagnostics';

/** The state shared by the readers of one policy. */
export interface ParseContext {
  sink: DiagnosticSink;
  kind: PolicyKind;
  rules: KindRules;
  version: PolicyVersion;
}

/** Creates the context for one policy of the given kind. */
export function createParseContext(sink: DiagnosticSink, kind: PolicyKind, version: PolicyVersion): ParseContext {
  return { sink, kind, rules: KIND_RULES[kind], version };
}

/**
 * Checks the `${...}` variables of Resource, NotResource and condition values. Under 2012-10-17 a
 * malformed variable is an error; where variables are literal text (another Version, or an operator
 * that does not support them, `supported` false) a hint says so.
 */
export function checkVariables(ctx: ParseContext, element: string, nodes: Node[], supported = true): void {
  for (const node of nodes) {
    if (node.type !== 'string' || !hasVariables(node.value as string)) continue;
    const value = node.value as string;
    if (ctx.version !== '2012-10-17') {
      ctx.sink.report(
        'info',
        'variable-not-substituted',
        `${element} value ${shown(value)} contains "\${", but policy variables are substituted only when Version is "2012-10-17"; here it is literal text`,
        node,
      );
      continue;
    }
    if (!supported) {
      ctx.sink.report(
        'warning',
        'variable-not-supported',
        `${element} value ${shown(value)} contains "\${", but this operator does not support policy variables; it is compared as literal text`,
        node,
      );
      continue;
    }
    for (const problem of tokenizeVariables(value).problems) {
      ctx.sink.error(
        'variable-malformed',
        `${element}: ${problem.message}`,
        rangeWithin(ctx.sink, node, problem.start, problem.end),
      );
    }
  }
}

/** The range of characters start..end of a string node's value; the whole node if escapes shift offsets. */
function rangeWithin(sink: DiagnosticSink, node: Node, start: number, end: number): SourceRange {
  const raw = sink.source.text.slice(node.offset + 1, node.offset + node.length - 1);
  if (raw !== node.value) return sink.rangeOf(node);
  return sink.source.range(node.offset + 1 + start, end - start);
}
