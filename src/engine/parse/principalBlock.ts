// Reads Principal/NotPrincipal: `"*"` or an object of principal types (AWS, Service, Federated,
// CanonicalUser) with one value or an array of values each.

import type { Node } from 'jsonc-parser';
import type { PrincipalBlock, PrincipalType } from '../policy';
import { describeType, keyOf, readValueList, valueOf } from './elementValues';
import type { ParseContext } from './parseContext';
import { didYouMean } from './suggest';
import { shown } from './diagnostics';

const PRINCIPAL_TYPES: readonly PrincipalType[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
/** An AWS principal: `*`, a 12-digit account ID, or an IAM/STS ARN (no partial wildcards). */
const AWS_PRINCIPAL_PATTERN = /^(\*|\d{12}|arn:[^:*?]+:(iam|sts)::(\d{12})?:[^*?]+)$/;

/**
 * Reads Principal or NotPrincipal. `wildcard` is true for `"*"` and for an AWS entry that is `"*"`
 * (documented as equivalent); entries keep every value as written.
 */
export function readPrincipalBlock(ctx: ParseContext, property: Node, negated: boolean): PrincipalBlock | null {
  const element = negated ? 'NotPrincipal' : 'Principal';
  const node = valueOf(property);
  const range = ctx.sink.rangeOf(property);
  if (node.type === 'string') {
    if (node.value === '*') return { negated, wildcard: true, entries: [], range };
    ctx.sink.error(
      'principal-invalid',
      `${element} must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}, not the string ${shown(node.value)}`,
      node,
    );
    return null;
  }
  if (node.type !== 'object') {
    ctx.sink.error(
      'wrong-type',
      `${element} must be "*" or an object of principal types, not ${describeType(node)}`,
      node,
    );
    return null;
  }
  const block: PrincipalBlock = { negated, wildcard: false, entries: [], range };
  let valid = true;
  for (const entry of node.children ?? []) {
    const typeName = String(keyOf(entry).value);
    const type = PRINCIPAL_TYPES.find((t) => t === typeName);
    if (!type) {
      ctx.sink.error(
        'principal-type-unknown',
        `unknown principal type ${shown(typeName)} in ${element}: expected AWS, Service, Federated or CanonicalUser${didYouMean(typeName, PRINCIPAL_TYPES)}`,
        keyOf(entry),
      );
      valid = false;
      continue;
    }
    const list = readValueList(valueOf(entry), `${element} ${type}`, ctx.sink);
    if (!list) {
      valid = false;
      continue;
    }
    if (type === 'AWS') {
      list.values.forEach((value, i) => {
        if (AWS_PRINCIPAL_PATTERN.test(value)) return;
        ctx.sink.error(
          'principal-invalid',
          `invalid AWS principal ${shown(value)} in ${element}: expected "*", a 12-digit account ID or an IAM ARN without wildcards`,
          list.valueRanges[i],
        );
        valid = false;
      });
      if (list.values.includes('*')) block.wildcard = true;
    }
    block.entries.push({ type, ...list });
  }
  if (valid && block.entries.length === 0) {
    ctx.sink.error('principal-invalid', `${element} must name at least one principal`, node);
    valid = false;
  }
  return valid ? block : null;
}
