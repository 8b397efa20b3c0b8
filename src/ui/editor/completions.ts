// IAM-aware completion for the policy editor, independent of Monaco: given the text and the cursor,
// what to offer — elements, actions, condition operators and keys valid for the statement's actions,
// ARN templates of those actions' resource types, and policy variables.
import type { ActionInfo, Catalog, ConditionKeyInfo } from './catalog';
import { splitAction } from './catalog';
import {
  GLOBAL_CONDITION_KEYS,
  POLICY_ELEMENTS,
  POLICY_VERSIONS,
  PRINCIPAL_TYPES,
  SPECIAL_VARIABLES,
  STATEMENT_ELEMENTS,
  allOperatorSpellings,
  variableKeys,
} from './iamVocabulary';
import type { PolicyLocation } from './policyLocation';
import { locatePolicyCursor } from './policyLocation';

/** What a suggestion is, so the editor can pick an icon. */
export type CompletionKind =
  'element' | 'value' | 'service' | 'action' | 'operator' | 'conditionKey' | 'arn' | 'variable';

/** One suggestion; `insertText` is a snippet (`${1:name}` placeholders) when `snippet` is true. */
export interface PolicyCompletion {
  label: string;
  kind: CompletionKind;
  insertText: string;
  snippet: boolean;
  detail?: string;
  documentation?: string;
  /** Offsets of the text replaced by this suggestion. */
  replaceStart: number;
  replaceEnd: number;
  /** Ask the editor to suggest again after inserting (e.g. after a service prefix). */
  retrigger?: boolean;
}

type Draft = Omit<PolicyCompletion, 'replaceStart' | 'replaceEnd'>;

const plain = (label: string, kind: CompletionKind, extra: Partial<Draft> = {}): Draft => ({
  label,
  kind,
  insertText: label,
  snippet: false,
  ...extra,
});

/** Computes the suggestions at `offset` in `text`. */
export async function policyCompletions(text: string, offset: number, catalog: Catalog): Promise<PolicyCompletion[]> {
  const where = locatePolicyCursor(text, offset);
  const variableStart = where.typed.lastIndexOf('${');
  if (
    variableStart >= 0 &&
    !where.typed.slice(variableStart).includes('}') &&
    (where.slot === 'resource' || where.slot === 'conditionValue')
  ) {
    // A variable replaces only the `${...` being typed, so the rest of the string stays.
    return variableDrafts().map((d) => ({
      ...d,
      replaceStart: where.replaceStart + variableStart,
      replaceEnd: offset,
    }));
  }
  const drafts = await draftsFor(where, catalog);
  return drafts.map((d) => ({
    ...d,
    insertText: where.quoted ? d.insertText : `"${d.insertText}"`,
    replaceStart: where.replaceStart,
    replaceEnd: where.replaceEnd,
  }));
}

async function draftsFor(where: PolicyLocation, catalog: Catalog): Promise<Draft[]> {
  switch (where.slot) {
    case 'topLevelKey':
      return POLICY_ELEMENTS.map((e) => plain(e, 'element'));
    case 'statementKey':
      return STATEMENT_ELEMENTS.map((e) => plain(e, 'element'));
    case 'version':
      return POLICY_VERSIONS.map((v) => plain(v, 'value'));
    case 'effect':
      return ['Allow', 'Deny'].map((v) => plain(v, 'value'));
    case 'principalType':
      return PRINCIPAL_TYPES.map((v) => plain(v, 'element'));
    case 'action':
      return actionDrafts(where.typed, catalog);
    case 'resource':
      return resourceDrafts(where.statementActions, catalog);
    case 'conditionOperator':
      return allOperatorSpellings().map(({ spelling, base }) =>
        plain(spelling, 'operator', { detail: `${base.family} operator`, documentation: base.doc }),
      );
    case 'conditionKey':
      return conditionKeyDrafts(where.statementActions, catalog);
    case 'conditionValue':
      return conditionValueDrafts(where, catalog);
    default:
      return [];
  }
}

async function actionDrafts(typed: string, catalog: Catalog): Promise<Draft[]> {
  const [prefix, name] = splitAction(typed);
  if (name === undefined) {
    const names = await catalog.serviceNames();
    return Object.entries(names).map(([p, serviceName]) =>
      plain(`${p}:`, 'service', { detail: serviceName, retrigger: true }),
    );
  }
  const service = await catalog.service(prefix);
  if (!service) return [];
  return Object.values(service.actions).map((a) =>
    plain(`${service.prefix}:${a.name}`, 'action', {
      detail: a.accessLevel,
      documentation: actionMarkdown(service.prefix, a),
    }),
  );
}

/**
 * The actions a statement names, with wildcards expanded against the catalogue. Patterns with a wildcard
 * in the service prefix (`*:Get*`) are left out: they would load every service on each keystroke.
 */
export async function statementActionInfos(
  actions: string[],
  catalog: Catalog,
): Promise<{ prefix: string; action: ActionInfo }[]> {
  const found: { prefix: string; action: ActionInfo }[] = [];
  for (const pattern of actions) {
    if (/[*?]/.test(splitAction(pattern)[0])) continue;
    found.push(...(await catalog.expand(pattern)));
  }
  return found;
}

async function resourceDrafts(actions: string[], catalog: Catalog): Promise<Draft[]> {
  const seen = new Map<string, Draft>();
  for (const { prefix, action } of await statementActionInfos(actions, catalog)) {
    const service = await catalog.service(prefix);
    for (const rt of action.resourceTypes) {
      const info = service?.resourceTypes[rt.name.toLowerCase()];
      if (!info || seen.has(info.arn)) continue;
      seen.set(info.arn, {
        label: info.arn.replaceAll('${Partition}', 'aws'),
        kind: 'arn',
        insertText: arnSnippet(info.arn),
        snippet: true,
        detail: `${prefix} ${info.key}`,
      });
    }
  }
  return [plain('*', 'arn', { detail: 'All resources' }), ...seen.values()];
}

/** Turns an ARN template into a snippet: `${Partition}` becomes `aws`, other `${Name}` become tab stops. */
export function arnSnippet(template: string): string {
  let stop = 0;
  return template
    .replaceAll('${Partition}', 'aws')
    .replace(/\$\{([^}]+)\}/g, (_m, name: string) => `\${${++stop}:${name}}`);
}

/** Condition keys valid for a statement's actions: global keys, then the actions' and their resource types' keys. */
export async function conditionKeysFor(actions: string[], catalog: Catalog): Promise<ConditionKeyInfo[]> {
  const keys = new Map<string, ConditionKeyInfo>(GLOBAL_CONDITION_KEYS.map((k) => [k.key.toLowerCase(), k]));
  for (const { prefix, action } of await statementActionInfos(actions, catalog)) {
    const service = await catalog.service(prefix);
    const names = [
      ...action.conditionKeys,
      ...action.resourceTypes.flatMap((rt) => [
        ...rt.conditionKeys,
        ...(service?.resourceTypes[rt.name.toLowerCase()]?.conditionKeys ?? []),
      ]),
    ];
    for (const name of names) {
      const lower = name.toLowerCase();
      if (keys.has(lower)) continue;
      keys.set(lower, service?.conditionKeys[lower] ?? { key: name, type: 'String', description: '' });
    }
  }
  return [...keys.values()];
}

/** Turns `s3:ExistingObjectTag/<key>` or `aws:RequestTag/${TagKey}` into a snippet with a tab stop. */
export function conditionKeySnippet(name: string): { text: string; snippet: boolean } {
  const replaced = name.replace(/<([^>]+)>|\$\{([^}]+)\}/, (_m, a?: string, b?: string) => `\${1:${a ?? b}}`);
  return { text: replaced, snippet: replaced !== name };
}

async function conditionKeyDrafts(actions: string[], catalog: Catalog): Promise<Draft[]> {
  return (await conditionKeysFor(actions, catalog)).map((k) => {
    const { text, snippet } = conditionKeySnippet(k.key);
    return {
      label: k.key,
      kind: 'conditionKey',
      insertText: text,
      snippet,
      detail: k.type,
      documentation: k.description,
    };
  });
}

async function conditionValueDrafts(where: PolicyLocation, catalog: Catalog): Promise<Draft[]> {
  const keys = await conditionKeysFor(where.statementActions, catalog);
  const info = keys.find((k) => k.key.toLowerCase() === where.conditionKey?.toLowerCase());
  const isBoolean = info?.type === 'Bool' || where.conditionOperator === 'Null';
  return isBoolean ? ['true', 'false'].map((v) => plain(v, 'value')) : [];
}

function variableDrafts(): Draft[] {
  const keys = variableKeys().map((k) => {
    const { text, snippet } = conditionKeySnippet(k.key);
    return {
      label: `\${${k.key}}`,
      kind: 'variable' as const,
      detail: k.type,
      documentation: k.description,
      insertText: snippet ? `\\\${${text}\\}` : `\${${k.key}}`,
      snippet,
    };
  });
  const specials = SPECIAL_VARIABLES.map((c) => plain(`\${${c}}`, 'variable', { detail: `a literal ${c}` }));
  return [...keys, ...specials];
}

/** Markdown documentation of an action: description, access level, resource types, condition keys. */
export function actionMarkdown(prefix: string, action: ActionInfo): string {
  const resources = action.resourceTypes.map((r) => `\`${r.name}\`${r.required ? ' (required)' : ''}`).join(', ');
  const keys = action.conditionKeys.map((k) => `\`${k}\``).join(', ');
  return [
    `**${prefix}:${action.name}** — ${action.accessLevel}`,
    action.description,
    `Resource types: ${resources || 'none (use `"Resource": "*"`)'}`,
    keys ? `Condition keys: ${keys}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}
