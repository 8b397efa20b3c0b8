// The modal of a detail page action (attach policies, edit the trust policy, delete a user, ...): a
// <dialog> with a heading and a form whose submit runs the action's API calls as the acting identity.
// It stays open with AWS's error (AccessDenied with its explanation) when a call fails; Escape closes it.
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import type { ApiStep } from '../actions/apiSteps';
import { useRunSteps } from '../actions/useRunSteps';
import './detailActions.css';

interface Props {
  title: string;
  submitLabel: string;
  /** The calls that carry out the form, or why it cannot be submitted yet. */
  plan: () => ApiStep[] | string;
  onClose: () => void;
  /** Runs after every call succeeded, before the dialog closes. */
  onDone?: () => void;
  /** A destructive action: the submit button is red. */
  danger?: boolean;
  /** Room for a policy editor. */
  wide?: boolean;
  children: ReactNode;
}

/** A modal form for one action; rendered while open, `onClose` runs when it closes for any reason. */
export function ActionDialog({
  title,
  submitLabel,
  plan,
  onClose,
  onDone,
  danger = false,
  wide = false,
  children,
}: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { run, failure, busy } = useRunSteps();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async () => {
    const steps = plan();
    setProblem(typeof steps === 'string' ? steps : null);
    if (typeof steps === 'string' || !(await run(steps))) return;
    onDone?.();
    dialogRef.current?.close();
  };

  // In the document body, so no page layout reaches the modal.
  return createPortal(
    <dialog
      ref={dialogRef}
      className={wide ? 'action-dialog action-dialog-wide' : 'action-dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      {/* A problem found at the last submit goes away as soon as the person edits the form. */}
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onInput={() => setProblem(null)}
        noValidate
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        {problem && (
          <p className="wizard-problem" role="alert">
            {problem}
          </p>
        )}
        {failure && <CallFailureNotice outcome={failure} />}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className={danger ? 'btn btn-danger' : 'btn btn-primary'} disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
