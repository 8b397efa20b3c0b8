// A secret the console shows only once (a new access key's secret): hidden until asked, with a .csv download.
import { useState } from 'react';

/** The masked secret with Show/Hide. */
export function OneTimeSecret({ label, secret }: { label: string; secret: string }) {
  const [shown, setShown] = useState(false);
  return (
    <span>
      <code data-testid="one-time-secret">{shown ? secret : '•'.repeat(16)}</code>{' '}
      <button
        type="button"
        className="btn"
        aria-label={`${shown ? 'Hide' : 'Show'} ${label}`}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? 'Hide' : 'Show'}
      </button>
    </span>
  );
}
