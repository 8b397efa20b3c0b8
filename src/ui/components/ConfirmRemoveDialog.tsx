// "Remove X?" before a permission goes away (detach a policy, delete an inline policy, remove a boundary or a
// group membership), as the console asks first: the consequence in words, then the calls as the acting identity.
import type { ReactNode } from 'react';
import type { ApiStep } from '../actions/apiSteps';
import { ActionDialog } from './ActionDialog';

/** What a removal asks and does. */
export interface Removal {
  /** The question, e.g. "Remove ReadOnlyAccess from Mary?". */
  title: string;
  /** What happens, in words the person can weigh. */
  consequence: ReactNode;
  /** The red button, e.g. "Remove policy". */
  submitLabel: string;
  steps: ApiStep[];
  /** Runs once every call succeeded. */
  onDone?: () => void;
}

/** The confirmation dialog of one removal; the calls run only when the person confirms. */
export function ConfirmRemoveDialog({ removal, onClose }: { removal: Removal; onClose: () => void }) {
  return (
    <ActionDialog
      danger
      title={removal.title}
      submitLabel={removal.submitLabel}
      plan={() => removal.steps}
      onDone={removal.onDone}
      onClose={onClose}
    >
      <p>{removal.consequence}</p>
    </ActionDialog>
  );
}
