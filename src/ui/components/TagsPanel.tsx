// The Tags tab of a user, role, customer managed policy or identity provider: the tags, and "Manage tags" to
// add, change or remove them (TagX / UntagX; IAM's limits and errors come back from the API).
import { useState } from 'react';
import type { Tag } from '../../model';
import { TagsTable } from './TagsTable';
import { ActionDialog } from './ActionDialog';
import { tagChangeSteps } from '../actions/tagSteps';
import type { TagTarget } from '../actions/tagSteps';
import { TagsEditor } from './TagsEditor';

/** The tags and their editor. */
export function TagsPanel({ target, label, tags }: { target: TagTarget; label: string; tags: Tag[] }) {
  const [editing, setEditing] = useState<Tag[] | null>(null);
  return (
    <div className="stack">
      <div className="tab-toolbar">
        <button type="button" className="btn btn-primary" onClick={() => setEditing(tags.map((t) => ({ ...t })))}>
          Manage tags
        </button>
      </div>
      <TagsTable tags={tags} />
      {editing && (
        <ActionDialog
          title={`Manage tags of ${label}`}
          submitLabel="Save changes"
          onClose={() => setEditing(null)}
          plan={() => {
            const steps = tagChangeSteps(target, tags, editing);
            return steps.length ? steps : 'There are no changes to save.';
          }}
        >
          <TagsEditor tags={editing} onChange={setEditing} />
        </ActionDialog>
      )}
    </div>
  );
}
