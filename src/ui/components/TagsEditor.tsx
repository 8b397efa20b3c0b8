// Editing the optional tags of a new user, role or policy: key/value rows, added and removed.
import type { Tag } from '../../model';

/** IAM allows up to 50 tags on a resource. */
const MAX_TAGS = 50;

/** Key/value rows for tags. */
export function TagsEditor({ tags, onChange }: { tags: Tag[]; onChange: (tags: Tag[]) => void }) {
  const set = (i: number, tag: Tag) => onChange(tags.map((t, j) => (j === i ? tag : t)));
  return (
    <fieldset className="tags-editor">
      <legend>Tags (optional)</legend>
      {tags.length === 0 && <p className="muted">No tags associated with the resource.</p>}
      {tags.map((t, i) => (
        <div className="tag-row" key={i}>
          <label className="inline-field">
            <span>Key</span>
            <input value={t.Key} onChange={(e) => set(i, { ...t, Key: e.target.value })} />
          </label>
          <label className="inline-field">
            <span>Value</span>
            <input value={t.Value} onChange={(e) => set(i, { ...t, Value: e.target.value })} />
          </label>
          <button
            type="button"
            className="btn"
            onClick={() => onChange(tags.filter((_, j) => j !== i))}
            aria-label={`Remove tag ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn"
        disabled={tags.length >= MAX_TAGS}
        onClick={() => onChange([...tags, { Key: '', Value: '' }])}
      >
        Add new tag
      </button>
    </fieldset>
  );
}
