// Request validation with AWS's constraints and wording (names, paths, tags, lengths).

import type { Tag } from '../model';
import { IAM_PATH, TAG_KEY, TAG_VALUE } from '../model';
import { ApiError, invalidInput, limitExceeded, validationError } from './errors';

/** Checks a value against an AWS name pattern, naming the field and the pattern like AWS does. */
export function checkPattern(value: string | undefined, field: string, pattern: RegExp): string {
  if (value === undefined || value === '')
    throw validationError(String(value ?? 'null'), field, 'Member must not be null');
  if (!pattern.test(value))
    throw validationError(value, field, `Member must satisfy regular expression pattern: ${pattern.source}`);
  return value;
}

/** Checks an IAM path: defaults to `/`. */
export const checkPath = (path: string | undefined, field = 'path'): string =>
  path === undefined ? '/' : checkPattern(path.length > 512 ? '' : path, field, IAM_PATH);

/** Checks a string's length bounds. */
export function checkLength(value: string, field: string, min: number, max: number): string {
  if (value.length < min)
    throw validationError(value, field, `Member must have length greater than or equal to ${min}`);
  if (value.length > max)
    throw validationError(value.slice(0, 40), field, `Member must have length less than or equal to ${max}`);
  return value;
}

/** An IAM entity can carry at most 50 tags. */
export const MAX_TAGS = 50;

/** Checks new tags and merges them into existing ones (a repeated key replaces the old value). */
export function mergeTags(existing: Tag[], added: Tag[] | undefined): Tag[] {
  const incoming = added ?? [];
  const keys = incoming.map((t) => t.Key.toLowerCase());
  if (new Set(keys).size !== keys.length)
    throw invalidInput('Duplicate tag keys found. Please note that Tag keys are case insensitive.');
  for (const t of incoming) {
    if (!TAG_KEY.test(t.Key))
      throw validationError(
        t.Key,
        'tags.member.key',
        `Member must satisfy regular expression pattern: ${TAG_KEY.source}`,
      );
    if (!TAG_VALUE.test(t.Value))
      throw validationError(
        t.Value,
        'tags.member.value',
        `Member must satisfy regular expression pattern: ${TAG_VALUE.source}`,
      );
  }
  const merged = [...existing.filter((t) => !keys.includes(t.Key.toLowerCase())), ...incoming];
  if (merged.length > MAX_TAGS) throw limitExceeded('TagsPerEntity', MAX_TAGS);
  return merged;
}

/** Removes tags by key (case-insensitively, as IAM compares tag keys). */
export const removeTags = (existing: Tag[], keys: string[]): Tag[] =>
  existing.filter((t) => !keys.some((k) => k.toLowerCase() === t.Key.toLowerCase()));

/** Throws EntityAlreadyExists if a name is taken, comparing case-insensitively as IAM does. */
export function checkUniqueName(names: string[], name: string, kind: string): void {
  if (names.some((n) => n.toLowerCase() === name.toLowerCase()))
    throw new ApiError('EntityAlreadyExists', `${kind} with name ${name} already exists.`);
}
