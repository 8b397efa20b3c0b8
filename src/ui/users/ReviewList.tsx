// The review step's summary of what a wizard is about to create.

/** Label/value pairs as a definition list. */
export function ReviewList({ items }: { items: [string, string][] }) {
  return (
    <dl className="summary-grid review-list">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
