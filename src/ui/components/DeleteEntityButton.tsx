// "Delete" on a detail page, as the console asks for it: a dialog that lists what goes with the entity
// and makes the person type its name; then the API calls run as one action and the list opens.
import { useState } from 'react';
import type { ApiStep } from '../actions/apiSteps';
import { ActionDialog } from './ActionDialog';

interface Props {
  /** What is deleted, e.g. "user". */
  noun: string;
  name: string;
  /** The calls that delete it (with what the console removes first). */
  steps: () => ApiStep[];
  /** What the console removes with it, in words. */
  alsoRemoved: string;
  /** Where to go once it is gone: its list page. */
  listHref: string;
}

/** A Delete button and its typed-name confirmation. */
export function DeleteEntityButton({ noun, name, steps, alsoRemoved, listHref }: Props) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => {
          setTyped('');
          setOpen(true);
        }}
      >
        Delete
        <span className="visually-hidden">
          {' '}
          {noun} {name}
        </span>
      </button>
      {open && (
        <ActionDialog
          danger
          title={`Delete ${name}?`}
          submitLabel="Delete"
          onClose={() => setOpen(false)}
          onDone={() => {
            location.hash = listHref;
          }}
          plan={() => (typed === name ? steps() : `To confirm, enter the ${noun} name ${name} exactly.`)}
        >
          <p>
            Deleting the {noun} <strong>{name}</strong> cannot be undone. {alsoRemoved}
          </p>
          <label className="field">
            <span>To confirm deletion, enter the {noun} name</span>
            <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder={name} autoComplete="off" />
          </label>
        </ActionDialog>
      )}
    </>
  );
}
