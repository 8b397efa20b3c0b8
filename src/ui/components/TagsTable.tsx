// The Tags tab: key/value pairs.
import type { Tag } from '../../model';

/** A table of tags, or a note that there are none. */
export function TagsTable({ tags }: { tags: Tag[] }) {
  if (tags.length === 0) return <p className="muted">No tags.</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">Tags</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {tags.map((t) => (
          <tr key={t.Key}>
            <td>{t.Key}</td>
            <td>{t.Value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
