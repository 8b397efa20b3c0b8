// Hover documentation for the policy editor, independent of Monaco: actions (description, access level,
// resource types), wildcard actions (what they match), condition operators and condition keys.
import type { Catalog } from './catalog';
import { actionMarkdown, conditionKeysFor } from './completions';
import { operatorInfo } from './iamVocabulary';
import { locatePolicyCursor } from './policyLocation';

/** Markdown to show and the span (offsets) it describes. */
export interface PolicyHover {
  markdown: string;
  start: number;
  end: number;
}

const MAX_LISTED = 12;

/** Documentation for the string or key under `offset`, or null where there is nothing to say. */
export async function policyHover(text: string, offset: number, catalog: Catalog): Promise<PolicyHover | null> {
  const where = locatePolicyCursor(text, offset);
  if (where.value === undefined) return null;
  const span = { start: where.replaceStart, end: where.replaceEnd };
  const markdown = await describe(where.slot, where.value, where.statementActions, catalog);
  return markdown ? { markdown, ...span } : null;
}

async function describe(slot: string, value: string, actions: string[], catalog: Catalog): Promise<string | null> {
  if (slot === 'action') return describeAction(value, catalog);
  if (slot === 'conditionOperator') {
    const info = operatorInfo(value);
    return info ? `**${value}** — ${info.family} operator\n\n${info.doc}` : null;
  }
  if (slot === 'conditionKey') {
    const lower = value.toLowerCase();
    const keys = await conditionKeysFor(actions, catalog);
    const info = keys.find((k) => k.key.toLowerCase() === lower) ?? keys.find((k) => tagKeyMatches(k.key, lower));
    if (!info) return `**${value}**\n\nNot a condition key of the statement's actions or a global key.`;
    return [`**${info.key}** — ${info.type}`, info.description].filter(Boolean).join('\n\n');
  }
  return null;
}

/** `aws:PrincipalTag/${TagKey}` or `s3:ExistingObjectTag/<key>` documents `aws:principaltag/team`. */
function tagKeyMatches(template: string, lowerKey: string): boolean {
  const slash = template.indexOf('/');
  return (
    slash > 0 && /[<$]/.test(template.slice(slash)) && lowerKey.startsWith(template.slice(0, slash + 1).toLowerCase())
  );
}

async function describeAction(value: string, catalog: Catalog): Promise<string | null> {
  if (value === '*') return '**\\*** — every action of every service';
  if (!/[*?]/.test(value)) {
    const info = await catalog.action(value);
    const prefix = value.slice(0, value.indexOf(':'));
    return info ? actionMarkdown(prefix, info) : `**${value}**\n\nUnknown action: not in the AWS service catalogue.`;
  }
  const hits = await catalog.expand(value);
  if (hits.length === 0) return `**${value}**\n\nMatches no known action.`;
  const listed = hits.slice(0, MAX_LISTED).map((h) => `- \`${h.prefix}:${h.action.name}\` (${h.action.accessLevel})`);
  const more = hits.length > MAX_LISTED ? [`- … and ${hits.length - MAX_LISTED} more`] : [];
  return [
    `**${value}** matches ${hits.length} action${hits.length === 1 ? '' : 's'}`,
    [...listed, ...more].join('\n'),
  ].join('\n\n');
}
