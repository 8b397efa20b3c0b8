// A new console password as the console shows it, the only time it can be seen: sign-in URL, user name,
// the password behind Show, and the credentials .csv download.
import { useState } from 'react';
import { userCredentialsCsv } from '../components/csv';
import { downloadText } from '../components/download';

/** The sign-in details of a user whose password was just set. */
export function ConsoleSignInDetails({ userName, password, url }: { userName: string; password: string; url: string }) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <dl className="summary-grid">
        <div className="wide">
          <dt>Console sign-in URL</dt>
          <dd>
            <code>{url}</code>
          </dd>
        </div>
        <div>
          <dt>User name</dt>
          <dd>
            <code>{userName}</code>
          </dd>
        </div>
        <div>
          <dt>Console password</dt>
          <dd>
            <code data-testid="new-password">{shown ? password : '••••••••••••••••'}</code>{' '}
            <button type="button" className="btn" onClick={() => setShown((s) => !s)}>
              {shown ? 'Hide' : 'Show'} password
            </button>
          </dd>
        </div>
      </dl>
      <p>
        <button
          type="button"
          className="btn"
          onClick={() => downloadText(`${userName}_credentials.csv`, userCredentialsCsv(userName, password, url))}
        >
          Download .csv file
        </button>
      </p>
    </>
  );
}
