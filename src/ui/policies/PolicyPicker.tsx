// Choosing managed policies in a wizard: a name filter over a short list of checkboxes (or radios for a boundary).
import { useId, useMemo, useState } from 'react';
import type { Account } from '../../model';
import { filterPolicyOptions, matchingPolicyOptions, policyOptions, PICKER_LIMIT } from './policyOptions';

interface Props {
  account: Account;
  legend: string;
  selected: string[];
  onChange: (arns: string[]) => void;
  /** One policy at most (a permissions boundary); "none" is offered first. */
  single?: boolean;
  /** Policies the entity already has: listed as attached, and not selectable (as in the console). */
  attached?: readonly string[];
}

/** A filterable list of managed policies to select. */
export function PolicyPicker({ account, legend, selected, onChange, single = false, attached = [] }: Props) {
  const [filter, setFilter] = useState('');
  const all = useMemo(() => policyOptions(account), [account]);
  const shown = filterPolicyOptions(all, filter, selected);
  const matches = matchingPolicyOptions(all, filter).length;
  const name = useId();
  const toggle = (arn: string, on: boolean) =>
    onChange(single ? (on ? [arn] : []) : on ? [...selected, arn] : selected.filter((a) => a !== arn));
  return (
    <fieldset className="policy-picker">
      <legend>{legend}</legend>
      <label className="inline-field">
        <span>Filter policies by name</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <ul className="picker-list">
        {single && (
          <li>
            <label>
              <input type="radio" name={name} checked={selected.length === 0} onChange={() => onChange([])} /> No
              permissions boundary
            </label>
          </li>
        )}
        {shown.map((o) => {
          const has = attached.includes(o.arn);
          return (
            <li key={o.arn}>
              <label>
                <input
                  type={single ? 'radio' : 'checkbox'}
                  name={name}
                  checked={has || selected.includes(o.arn)}
                  disabled={has}
                  onChange={(e) => toggle(o.arn, e.target.checked)}
                />{' '}
                {o.name} <span className="muted">({o.type})</span>
                {has && (
                  <>
                    {' '}
                    <span className="badge">Attached</span>
                  </>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      <p className="muted">
        {selected.length} selected
        {matches > PICKER_LIMIT &&
          ` · showing ${PICKER_LIMIT} of ${matches} matching policies; filter by name to find others`}
      </p>
    </fieldset>
  );
}
