// The modal form every Scenarios page dialog uses (rename, new empty account, delete): a title, fields,
// the problem the last attempt met, Cancel and one submit button. Escape and Cancel close it.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Result } from '../../model';

interface Props {
  title: string;
  children: ReactNode;
  submitLabel: string;
  /** Styles the submit button as destructive (Delete). */
  danger?: boolean;
  /** Runs the action; a failure stays in the dialog with its message, a success closes it. */
  onSubmit: () => Promise<Result<unknown>>;
  onClose: () => void;
}

/** A modal dialog around a form whose submit runs `onSubmit`. */
export function ScenarioDialog({ title, children, submitLabel, danger = false, onSubmit, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await onSubmit();
    setBusy(false);
    if (result.type === 'failure') return setProblem(result.errors.map((x) => x.message).join(' '));
    dialogRef.current?.close();
  };

  // In the document body, so no page style reaches the form.
  return createPortal(
    <dialog ref={dialogRef} className="scenario-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>{title}</h2>
        {children}
        {problem && (
          <p className="scenario-dialog-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className={danger ? 'btn btn-delete' : 'btn btn-primary'} aria-disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
