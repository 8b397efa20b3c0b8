// Tells the user when the browser's storage is not working, so no change is ever lost silently.
import { useStorageStatus } from '../state/ScenarioContext';

/** A banner for blocked, closed or failed storage; nothing while storage is fine or still opening. */
export function StorageBanner() {
  const storage = useStorageStatus();
  if (storage.state === 'ready' || storage.state === 'loading') return null;
  return (
    <div className={`banner ${storage.state === 'blocked' ? 'banner-warning' : 'banner-error'}`} role="alert">
      <strong>{storage.state === 'blocked' ? 'Waiting for other tabs' : 'Browser storage unavailable'}:</strong>{' '}
      {storage.message}
    </div>
  );
}
