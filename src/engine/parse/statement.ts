// Reads one Statement object: its elements, the pairs that exclude each other, and the elements the
// policy kind requires or forbids.

import type { Node } from 'jsonc-parser';
import type { Effect, MatchList, PrincipalBlock, Statement } from '../policy';
import { readConditionBlock } from './conditionBlock';
import { describeType, keyOf, propertiesOf, readString, valueOf } from './elementValues';
import { readActionList, readResourceList } from './matchList';
import type { DiagnosticCode } from './diagnostics';
import type { ElementRule } from './kindRules';
import type { ParseContext } from './parseContext';
import { readPrincipalBlock } from './principalBlock';
import { didYouMean } from './suggest';
import { shown } from './diagnostics';

/** The elements a statement may have. */
export const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];
const SID_PATTERN = /^[A-Za-z0-9]*$/;

/** Reads the statement at `index`; null when it has an error (the error is reported). */
export function readStatement(ctx: ParseContext, node: Node, index: number): Statement | null {
  const { sink } = ctx;
  const label = `Statement[${index}]`;
  if (node.type !== 'object') {
    sink.error('wrong-type', `${label} must be an object, not ${describeType(node)}`, node);
    return null;
  }
  const errorsBefore = sink.errorCount;
  const props = propertiesOf(node);
  for (const [name, property] of props) {
    if (STATEMENT_ELEMENTS.includes(name)) continue;
    sink.error(
      'unknown-element',
      `unknown element ${shown(name)} in ${label}${didYouMean(name, STATEMENT_ELEMENTS)}`,
      keyOf(property),
    );
  }

  const sid = readSid(ctx, props.get('Sid'), label);
  const effect = readEffect(ctx, node, props.get('Effect'), label);
  const action = readPair(ctx, node, label, props, ACTION_PAIR, 'required');
  const resource = readPair(ctx, node, label, props, RESOURCE_PAIR, ctx.rules.resource);
  const principal = readPrincipal(ctx, node, label, props, effect);
  const conditionProperty = props.get('Condition');
  const conditions = conditionProperty ? readConditionBlock(ctx, conditionProperty) : [];
  checkRcpShape(ctx, props, effect, principal);

  if (sink.errorCount > errorsBefore || !effect || !action || !conditions) return null;
  return {
    index,
    sid,
    effect,
    action,
    resource: resource ?? null,
    principal: principal ?? null,
    conditions,
    range: sink.rangeOf(node),
  };
}

function readSid(ctx: ParseContext, property: Node | undefined, label: string): string | null {
  if (!property) return null;
  const sid = readString(valueOf(property), `Sid of ${label}`, ctx.sink);
  if (sid !== null && !SID_PATTERN.test(sid) && ctx.rules.sidCheck !== 'none') {
    ctx.sink.report(
      ctx.rules.sidCheck,
      'sid-characters',
      `Sid ${shown(sid)} of ${label} may contain only ASCII letters and digits in ${ctx.rules.name}`,
      valueOf(property),
    );
  }
  return sid;
}

function readEffect(ctx: ParseContext, statement: Node, property: Node | undefined, label: string): Effect | null {
  if (!property) {
    ctx.sink.error(
      'effect-missing',
      `${label} has no Effect: every statement needs "Effect": "Allow" or "Deny"`,
      statement,
    );
    return null;
  }
  const value = readString(valueOf(property), `Effect of ${label}`, ctx.sink);
  if (value === 'Allow' || value === 'Deny') return value;
  if (value !== null) {
    const near = ['Allow', 'Deny'].find((e) => e.toLowerCase() === value.toLowerCase());
    ctx.sink.error(
      'effect-invalid',
      `Effect of ${label} must be "Allow" or "Deny", not ${shown(value)}${near ? ' (the value is case-sensitive)' : ''}`,
      valueOf(property),
    );
  }
  return null;
}

/** An element with a plain and a Not form, its reader and its diagnostic codes. */
interface ElementPair {
  plain: string;
  negated: string;
  read: (ctx: ParseContext, property: Node, negated: boolean) => MatchList | null;
  bothCode: DiagnosticCode;
  missingCode: DiagnosticCode;
}

const ACTION_PAIR: ElementPair = {
  plain: 'Action',
  negated: 'NotAction',
  read: readActionList,
  bothCode: 'action-and-notaction',
  missingCode: 'action-missing',
};
const RESOURCE_PAIR: ElementPair = {
  plain: 'Resource',
  negated: 'NotResource',
  read: readResourceList,
  bothCode: 'resource-and-notresource',
  missingCode: 'resource-missing',
};

/**
 * Reads an element that comes in a plain and a Not form (Action/NotAction, Resource/NotResource):
 * exactly one may appear, and `rule` says whether one must.
 */
function readPair(
  ctx: ParseContext,
  statement: Node,
  label: string,
  props: Map<string, Node>,
  { plain, negated: negatedName, read, bothCode, missingCode }: ElementPair,
  rule: ElementRule,
): MatchList | null | undefined {
  const plainProperty = props.get(plain);
  const negatedProperty = props.get(negatedName);
  if (plainProperty && negatedProperty) {
    ctx.sink.error(
      bothCode,
      `${label} has both ${plain} and ${negatedName}; use only one of them`,
      keyOf(negatedProperty),
    );
    return null;
  }
  const property = plainProperty ?? negatedProperty;
  if (!property) {
    if (rule === 'required') {
      ctx.sink.error(
        missingCode,
        `${label} has no ${plain} or ${negatedName}, which ${ctx.rules.name} requires`,
        statement,
      );
    }
    return undefined;
  }
  if (rule === 'forbidden') {
    ctx.sink.error(
      'resource-not-allowed',
      `${label}: ${ctx.rules.name} cannot have ${keyOf(property).value} (the role itself is the resource)`,
      keyOf(property),
    );
    return null;
  }
  return read(ctx, property, property === negatedProperty);
}

function readPrincipal(
  ctx: ParseContext,
  statement: Node,
  label: string,
  props: Map<string, Node>,
  effect: Effect | null,
): PrincipalBlock | null | undefined {
  const { sink, rules } = ctx;
  const principal = props.get('Principal');
  const notPrincipal = props.get('NotPrincipal');
  if (principal && notPrincipal) {
    sink.error(
      'principal-and-notprincipal',
      `${label} has both Principal and NotPrincipal; use only one of them`,
      keyOf(notPrincipal),
    );
    return null;
  }
  if (principal && rules.principal === 'forbidden') {
    sink.error(
      'principal-not-allowed',
      `${label}: ${rules.name} cannot have a Principal element (it applies to the principal it is attached to)`,
      keyOf(principal),
    );
    return null;
  }
  if (notPrincipal && rules.notPrincipal === 'forbidden') {
    sink.error(
      'principal-not-allowed',
      `${label}: ${rules.name} cannot have a NotPrincipal element`,
      keyOf(notPrincipal),
    );
    return null;
  }
  if (!principal && !notPrincipal) {
    if (rules.principal === 'required') {
      sink.error('principal-missing', `${label} has no Principal, which ${rules.name} requires`, statement);
    }
    return undefined;
  }
  if (notPrincipal && effect === 'Allow') {
    sink.report(
      'warning',
      'notprincipal-with-allow',
      `${label}: NotPrincipal with "Effect": "Allow" is not supported by AWS (use it only with Deny); it is evaluated as allowing everyone except the listed principals`,
      keyOf(notPrincipal),
    );
  }
  return readPrincipalBlock(ctx, principal ?? notPrincipal!, !principal);
}

/** RCPs accept only Principal "*" and Action (not NotAction); Allow is meant only for RCPFullAWSAccess. */
function checkRcpShape(
  ctx: ParseContext,
  props: Map<string, Node>,
  effect: Effect | null,
  principal: PrincipalBlock | null | undefined,
): void {
  if (ctx.kind !== 'rcp') return;
  if (
    principal &&
    !(principal.wildcard && principal.entries.every((e) => e.type === 'AWS' && e.values.every((v) => v === '*')))
  ) {
    ctx.sink.error(
      'rcp-principal-not-star',
      'a resource control policy accepts only "Principal": "*"; restrict principals with conditions instead',
      principal.range,
    );
  }
  if (effect === 'Allow') {
    ctx.sink.report(
      'warning',
      'rcp-allow',
      'AWS supports "Effect": "Allow" in resource control policies only for RCPFullAWSAccess, which is already implicit at every level',
      valueOf(props.get('Effect')!),
    );
  }
  const notAction = props.get('NotAction');
  if (notAction) {
    ctx.sink.report(
      'warning',
      'rcp-notaction',
      'AWS resource control policies do not support NotAction',
      keyOf(notAction),
    );
  }
}
