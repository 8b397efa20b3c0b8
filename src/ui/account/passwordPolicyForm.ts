// The console's "Edit password policy" form as data: the form a policy opens with, what stops it from
// being saved, and the call that saves it (UpdateAccountPasswordPolicy for Custom, DeleteAccountPasswordPolicy
// for IAM default). Kept free of React so the form ↔ parameters rules are tested on their own.
import type { PasswordPolicy } from '../../model';
import type { ApiStep } from '../actions/apiSteps';
import { step } from '../actions/apiSteps';
import { PASSWORD_SYMBOLS } from '../components/generatePassword';

/** What IAM asks of passwords in an account without a password policy, to follow "passwords need". */
export const IAM_DEFAULT_RULES =
  'at least 8 characters, with at least three of uppercase letters, lowercase letters, numbers and symbols, and not the account name or email address.';

/** The symbols a password policy counts, spaced as the User Guide lists them. */
export const SYMBOLS_LISTED = [...PASSWORD_SYMBOLS].join(' ');

/** The form's fields; numbers are kept as typed so a half-typed value can be shown and refused. */
export interface PasswordPolicyForm {
  mode: 'default' | 'custom';
  minimumLength: string;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  /** "Turn on password expiration". */
  expire: boolean;
  maxAge: string;
  /** "Password expiration requires administrator reset" (HardExpiry). */
  hardExpiry: boolean;
  allowChange: boolean;
  /** "Prevent password reuse". */
  preventReuse: boolean;
  reuseCount: string;
}

/** The number fields, each with UpdateAccountPasswordPolicy's range. */
export const POLICY_RANGES = {
  minimumLength: { min: 6, max: 128 },
  maxAge: { min: 1, max: 1095 },
  reuseCount: { min: 1, max: 24 },
} as const;

/** A number field of the form. */
export type PolicyNumberField = keyof typeof POLICY_RANGES;

/** What is wrong with each refused number field. */
export type PasswordPolicyProblems = Partial<Record<PolicyNumberField, string>>;

/** Values a Custom form starts from when the account has no policy (IAM default's 8-character minimum). */
const CUSTOM_START = { minimumLength: '8', maxAge: '90', reuseCount: '5' };

/** The form for the account's current policy: Custom with its values, or IAM default (no policy). */
export function passwordPolicyForm(policy: PasswordPolicy | null): PasswordPolicyForm {
  if (!policy) {
    return {
      mode: 'default',
      ...CUSTOM_START,
      requireUppercase: false,
      requireLowercase: false,
      requireNumbers: false,
      requireSymbols: false,
      expire: false,
      hardExpiry: false,
      allowChange: false,
      preventReuse: false,
    };
  }
  return {
    mode: 'custom',
    minimumLength: String(policy.MinimumPasswordLength),
    requireUppercase: policy.RequireUppercaseCharacters,
    requireLowercase: policy.RequireLowercaseCharacters,
    requireNumbers: policy.RequireNumbers,
    requireSymbols: policy.RequireSymbols,
    expire: policy.MaxPasswordAge > 0,
    // A field that is off keeps a sensible value to show when it is turned on.
    maxAge: policy.MaxPasswordAge > 0 ? String(policy.MaxPasswordAge) : CUSTOM_START.maxAge,
    hardExpiry: policy.HardExpiry,
    allowChange: policy.AllowUsersToChangePassword,
    preventReuse: policy.PasswordReusePrevention > 0,
    reuseCount: policy.PasswordReusePrevention > 0 ? String(policy.PasswordReusePrevention) : CUSTOM_START.reuseCount,
  };
}

const RANGE_MESSAGES: Record<PolicyNumberField, (min: number, max: number) => string> = {
  minimumLength: (min, max) => `Enter a minimum password length from ${min} to ${max} characters.`,
  maxAge: (min, max) => `Enter an expiration period from ${min} to ${max} days.`,
  reuseCount: (min, max) => `Enter how many previous passwords to remember, from ${min} to ${max}.`,
};

const inRange = (text: string, field: PolicyNumberField) => {
  const { min, max } = POLICY_RANGES[field];
  return /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;
};

/** The fields that stop a Custom form from being saved (only the fields that are turned on count). */
export function passwordPolicyProblems(form: PasswordPolicyForm): PasswordPolicyProblems {
  if (form.mode === 'default') return {};
  const checked: PolicyNumberField[] = [
    'minimumLength',
    ...(form.expire ? ['maxAge' as const] : []),
    ...(form.preventReuse ? ['reuseCount' as const] : []),
  ];
  const problems: PasswordPolicyProblems = {};
  for (const field of checked) {
    const { min, max } = POLICY_RANGES[field];
    if (!inRange(form[field], field)) problems[field] = RANGE_MESSAGES[field](min, max);
  }
  return problems;
}

/**
 * UpdateAccountPasswordPolicy's parameters for a valid Custom form. Every field is sent, except that IAM
 * refuses MaxPasswordAge and PasswordReusePrevention of 0: their "off" is to leave them out, which takes
 * IAM's default (never expire, no reuse prevention).
 */
export function passwordPolicyParams(form: PasswordPolicyForm): Partial<PasswordPolicy> {
  return {
    MinimumPasswordLength: Number(form.minimumLength),
    RequireUppercaseCharacters: form.requireUppercase,
    RequireLowercaseCharacters: form.requireLowercase,
    RequireNumbers: form.requireNumbers,
    RequireSymbols: form.requireSymbols,
    AllowUsersToChangePassword: form.allowChange,
    ...(form.expire ? { MaxPasswordAge: Number(form.maxAge) } : {}),
    // Administrator reset only means something for passwords that expire.
    HardExpiry: form.expire && form.hardExpiry,
    ...(form.preventReuse ? { PasswordReusePrevention: Number(form.reuseCount) } : {}),
  };
}

/**
 * The calls that save the form: UpdateAccountPasswordPolicy for Custom; DeleteAccountPasswordPolicy for
 * IAM default when the account has a policy to delete (none when it already uses the default).
 */
export function passwordPolicySteps(form: PasswordPolicyForm, current: PasswordPolicy | null): ApiStep[] {
  if (form.mode === 'custom') return [step('iam:UpdateAccountPasswordPolicy', passwordPolicyParams(form))];
  return current ? [step('iam:DeleteAccountPasswordPolicy', {})] : [];
}
