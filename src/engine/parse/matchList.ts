// Reads Action/NotAction and Resource/NotResource into MatchLists, checking the value formats IAM
// enforces: actions are `service:name` (or `*`), resources are ARNs (or `*`).

import type { Node } from 'jsonc-parser';
import type { MatchList } from '../policy';
import { itemsOf, readValueList, valueOf } from './elementValues';
import { checkVariables } from './parseContext';
import type { ParseContext } from './parseContext';
import { shown } from './diagnostics';

/** A well-formed action: `service:action`, the action part possibly with wildcards. */
export const ACTION_PATTERN = /^[A-Za-z0-9-]+:[^\s:]+$/;
/** `arn:partition:service:region:account:resource`: at least six colon-separated parts. */
const ARN_PATTERN = /^arn:[^:]*:[^:]*:[^:]*:[^:]*:.*$/s;
/** With a wildcard an ARN may be shorter, since a `*` that ends a segment can stand for the rest. */
const WILDCARD_ARN_PATTERN = /^arn:.*[*?]/s;

/** Reads Action or NotAction (`property` is the element's property node). */
export function readActionList(ctx: ParseContext, property: Node, negated: boolean): MatchList | null {
  const element = negated ? 'NotAction' : 'Action';
  const list = readValueList(valueOf(property), element, ctx.sink);
  if (!list) return null;
  let valid = true;
  list.values.forEach((value, i) => {
    if (value === '*' || ACTION_PATTERN.test(value)) return;
    ctx.sink.error(
      'action-malformed',
      `${element} ${shown(value)} is malformed: an action must be "*" or a service prefix and an action name, such as "s3:GetObject"`,
      list.valueRanges[i],
    );
    valid = false;
  });
  return valid ? { negated, ...list, range: ctx.sink.rangeOf(property) } : null;
}

/** Reads Resource or NotResource, including the check of its policy variables. */
export function readResourceList(ctx: ParseContext, property: Node, negated: boolean): MatchList | null {
  const element = negated ? 'NotResource' : 'Resource';
  const valueNode = valueOf(property);
  const list = readValueList(valueNode, element, ctx.sink);
  if (!list) return null;
  let valid = true;
  list.values.forEach((value, i) => {
    if (value === '*' || ARN_PATTERN.test(value) || WILDCARD_ARN_PATTERN.test(value)) return;
    ctx.sink.error(
      'resource-malformed',
      `${element} ${shown(value)} is malformed: a resource must be "*" or an ARN (arn:partition:service:region:account:resource)`,
      list.valueRanges[i],
    );
    valid = false;
  });
  checkVariables(ctx, element, itemsOf(valueNode));
  return valid ? { negated, ...list, range: ctx.sink.rangeOf(property) } : null;
}
