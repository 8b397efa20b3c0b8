// Validates the `request` of a request bundle: principal, action, resource, resourceAccount, context.

import type { AuthzRequest, ContextValue } from '../contract';
import { shown } from './diagnostics';
import { ACTION_PATTERN } from './matchList';

/** A problem with one field of the request, worded for the batch evaluator's error line. */
export interface FieldError {
  code: string;
  message: string;
}

const REQUEST_FIELDS = ['principal', 'action', 'resource', 'resourceAccount', 'context'];
const ARN_PATTERN = /^arn:[^:]+:[^:]*:[^:]*:[^:]*:.+$/s;
/** A service principal is a DNS name such as `ec2.amazonaws.com`. */
const SERVICE_PRINCIPAL_PATTERN = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const ACCOUNT_PATTERN = /^\d{12}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** Reads a raw `request` value into an AuthzRequest, or lists every problem found. */
export function readRequest(raw: unknown): { request: AuthzRequest | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (message: string) => errors.push({ code: 'request-invalid', message: `request: ${message}` });
  if (!isObject(raw)) {
    fail(
      `must be an object with principal, action and resource, not ${raw === undefined ? 'missing' : JSON.stringify(raw)}`,
    );
    return { request: null, errors };
  }
  for (const field of Object.keys(raw)) {
    if (!REQUEST_FIELDS.includes(field)) fail(`unknown field ${shown(field)} (expected ${REQUEST_FIELDS.join(', ')})`);
  }
  const { principal, action, resource, resourceAccount, context } = raw;
  if (
    typeof principal !== 'string' ||
    !(principal === 'anonymous' || ARN_PATTERN.test(principal) || SERVICE_PRINCIPAL_PATTERN.test(principal))
  ) {
    fail(
      `principal must be an ARN, a service principal such as "ec2.amazonaws.com", or "anonymous", not ${JSON.stringify(principal) ?? 'missing'}`,
    );
  }
  if (typeof action !== 'string' || !ACTION_PATTERN.test(action)) {
    fail(`action must be "service:ActionName", such as "s3:GetObject", not ${JSON.stringify(action) ?? 'missing'}`);
  }
  if (typeof resource !== 'string' || !(resource === '*' || ARN_PATTERN.test(resource))) {
    fail(`resource must be an ARN or "*", not ${JSON.stringify(resource) ?? 'missing'}`);
  }
  if (
    resourceAccount !== undefined &&
    (typeof resourceAccount !== 'string' || !ACCOUNT_PATTERN.test(resourceAccount))
  ) {
    fail(`resourceAccount must be a 12-digit account ID in a string, not ${JSON.stringify(resourceAccount)}`);
  }
  if (context !== undefined) readContext(context, fail);
  if (errors.length > 0) return { request: null, errors };
  const request: AuthzRequest = {
    principal: principal as string,
    action: action as string,
    resource: resource as string,
  };
  if (resourceAccount !== undefined) request.resourceAccount = resourceAccount as string;
  if (context !== undefined) request.context = context as Record<string, ContextValue>;
  return { request, errors };
}

function readContext(context: unknown, fail: (message: string) => void): void {
  if (!isObject(context)) {
    fail(`context must be an object of context keys, not ${JSON.stringify(context)}`);
    return;
  }
  for (const [key, value] of Object.entries(context)) {
    if (key === '') fail('context has an empty key');
    const valid = isScalar(value) || (Array.isArray(value) && value.every(isScalar));
    if (!valid)
      fail(
        `context key ${shown(key)} must be a string, number, boolean or an array of them, not ${JSON.stringify(value)}`,
      );
  }
}
