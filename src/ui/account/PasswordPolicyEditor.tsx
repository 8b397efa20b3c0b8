// The console's "Edit password policy" on Account settings: IAM default or Custom (length, character
// types, expiration with optional administrator reset, self-service change, reuse prevention), saved as
// the acting identity with UpdateAccountPasswordPolicy or DeleteAccountPasswordPolicy.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import type { PasswordPolicy } from '../../model';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import type { PasswordPolicyForm, PasswordPolicyProblems, PolicyNumberField } from './passwordPolicyForm';
import {
  IAM_DEFAULT_RULES,
  POLICY_RANGES,
  SYMBOLS_LISTED,
  passwordPolicyForm,
  passwordPolicyProblems,
  passwordPolicySteps,
} from './passwordPolicyForm';
import { useRunSteps } from '../actions/useRunSteps';
import '../components/wizards.css';
import './passwordPolicy.css';

type Flag = {
  [K in keyof PasswordPolicyForm]: PasswordPolicyForm[K] extends boolean ? K : never;
}[keyof PasswordPolicyForm];

/** The edit form for `policy` (null: IAM default); `onSaved` receives what changed, `onCancel` closes it. */
export function PasswordPolicyEditor({
  policy,
  onSaved,
  onCancel,
}: {
  policy: PasswordPolicy | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [form, setForm] = useState(() => passwordPolicyForm(policy));
  const [problems, setProblems] = useState<PasswordPolicyProblems>({});
  const { run, failure, busy } = useRunSteps();
  const fieldId = (field: string) => `${id}-${field}`;

  const change = (patch: Partial<PasswordPolicyForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setProblems({});
  };

  const save = async () => {
    const found = passwordPolicyProblems(form);
    setProblems(found);
    const first = Object.keys(POLICY_RANGES).find((f) => f in found);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    const steps = passwordPolicySteps(form, policy);
    // IAM default chosen for an account that already uses it: nothing to call.
    if (!steps.length) return onCancel();
    if (await run(steps))
      onSaved(
        form.mode === 'custom' ? 'Password policy updated.' : 'This account now uses the IAM default password policy.',
      );
  };

  const check = (flag: Flag, label: ReactNode) => (
    <label className="check">
      <input type="checkbox" checked={form[flag]} onChange={(e) => change({ [flag]: e.target.checked })} />{' '}
      <span>{label}</span>
    </label>
  );
  const number = (field: PolicyNumberField, label: string, unit: string) => {
    const { min, max } = POLICY_RANGES[field];
    const problem = problems[field];
    return (
      <div className="field">
        <label htmlFor={fieldId(field)}>{label}</label>
        <span className="policy-number">
          <input
            id={fieldId(field)}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            value={form[field]}
            onChange={(e) => change({ [field]: e.target.value })}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${fieldId(field)}-hint${problem ? ` ${fieldId(field)}-problem` : ''}`}
          />
          <span aria-hidden="true">{unit}</span>
        </span>
        <small id={`${fieldId(field)}-hint`} className="muted">
          From {min} to {max} {unit}.
        </small>
        {problem && (
          <p id={`${fieldId(field)}-problem`} className="wizard-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    );
  };

  return (
    <form
      className="stack password-policy-form"
      aria-label="Edit password policy"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset>
        <legend>Password policy</legend>
        <label className="check">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={form.mode === 'default'}
            onChange={() => change({ mode: 'default' })}
            aria-describedby={`${id}-default-hint`}
          />{' '}
          IAM default
        </label>
        <p id={`${id}-default-hint`} className="muted nested">
          Passwords need {IAM_DEFAULT_RULES}
        </p>
        <label className="check">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={form.mode === 'custom'}
            onChange={() => change({ mode: 'custom' })}
          />{' '}
          Custom
        </label>
      </fieldset>
      {form.mode === 'custom' && (
        <>
          {number('minimumLength', 'Password minimum length', 'characters')}
          <fieldset>
            <legend>Password strength</legend>
            {check('requireUppercase', 'Require at least one uppercase letter from the Latin alphabet (A–Z)')}
            {check('requireLowercase', 'Require at least one lowercase letter from the Latin alphabet (a–z)')}
            {check('requireNumbers', 'Require at least one number')}
            {check(
              'requireSymbols',
              <>
                Require at least one non-alphanumeric character (<code>{SYMBOLS_LISTED}</code>)
              </>,
            )}
          </fieldset>
          <fieldset>
            <legend>Other requirements</legend>
            {check('expire', 'Turn on password expiration')}
            {form.expire && (
              <div className="nested stack">
                {number('maxAge', 'Expiration period', 'days')}
                {check('hardExpiry', 'Password expiration requires administrator reset')}
              </div>
            )}
            {check('allowChange', 'Allow users to change their own password')}
            {check('preventReuse', 'Prevent password reuse')}
            {form.preventReuse && <div className="nested">{number('reuseCount', 'Remember', 'passwords')}</div>}
          </fieldset>
        </>
      )}
      {failure && <CallFailureNotice outcome={failure} />}
      <p className="wizard-buttons">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Save changes
        </button>
      </p>
    </form>
  );
}
