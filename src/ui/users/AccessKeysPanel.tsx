// A user's access keys on the Security credentials tab: create (the secret shown once, with the .csv),
// deactivate / activate and delete, each as the acting identity.
import { useState } from 'react';
import type { OperationName } from '../../api';
import type { User } from '../../model';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import type { CallOutcome } from '../actions/useApiCall';
import { useApiCall } from '../actions/useApiCall';
import { formatTime } from '../components/format';
import { accessKeyCsv } from '../components/csv';
import { downloadText } from '../components/download';
import { OneTimeSecret } from './OneTimeSecret';
import '../components/wizards.css';

/** The access keys table with its actions. */
export function AccessKeysPanel({ user }: { user: User }) {
  const { call, busy } = useApiCall();
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const [failure, setFailure] = useState<CallOutcome<OperationName> | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const report = async (pending: Promise<CallOutcome<OperationName>>) => {
    const outcome = await pending;
    setFailure(outcome.result.type === 'failure' ? outcome : null);
  };

  const create = async () => {
    const out = await call('iam:CreateAccessKey', { UserName: user.name });
    setFailure(out.result.type === 'failure' ? out : null);
    if (out.result.type === 'success')
      setCreated({ id: out.result.value.AccessKey.AccessKeyId, secret: out.result.value.AccessKey.SecretAccessKey });
  };

  return (
    <section className="panel credentials-section" aria-labelledby="access-keys-heading">
      <div className="panel-header">
        <h3 id="access-keys-heading">Access keys ({user.accessKeys.length})</h3>
        <button type="button" className="btn" disabled={busy} onClick={() => void create()}>
          Create access key
        </button>
      </div>
      {created && (
        <div className="banner success-banner stack" role="status">
          <p>
            <strong>Access key created.</strong> This is the only time the secret access key can be viewed or
            downloaded. You cannot recover it later; you can create a new access key at any time.
          </p>
          <dl className="summary-grid">
            <div>
              <dt>Access key</dt>
              <dd>
                <code data-testid="new-access-key-id">{created.id}</code>
              </dd>
            </div>
            <div>
              <dt>Secret access key</dt>
              <dd>
                <OneTimeSecret label="secret access key" secret={created.secret} />
              </dd>
            </div>
          </dl>
          <p className="wizard-buttons">
            <button
              type="button"
              className="btn"
              onClick={() => downloadText(`${user.name}_accessKeys.csv`, accessKeyCsv(created.id, created.secret))}
            >
              Download .csv file
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setCreated(null)}>
              Done
            </button>
          </p>
        </div>
      )}
      {failure && <CallFailureNotice outcome={failure} />}
      <table className="data-table">
        <caption className="visually-hidden">Access keys of {user.name}</caption>
        <thead>
          <tr>
            <th scope="col">Access key ID</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {user.accessKeys.map((k) => (
            <tr key={k.id}>
              <td>
                <code>{k.id}</code>
              </td>
              <td>{k.status}</td>
              <td>{formatTime(k.createdAt)}</td>
              <td>
                {k.lastUsed ? `${formatTime(k.lastUsed.date)} (${k.lastUsed.service}, ${k.lastUsed.region})` : 'Never'}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="btn"
                  disabled={busy}
                  onClick={() =>
                    void report(
                      call('iam:UpdateAccessKey', {
                        UserName: user.name,
                        AccessKeyId: k.id,
                        Status: k.status === 'Active' ? 'Inactive' : 'Active',
                      }),
                    )
                  }
                >
                  {k.status === 'Active' ? 'Deactivate' : 'Activate'}
                  <span className="visually-hidden"> {k.id}</span>
                </button>
                {confirmDelete === k.id ? (
                  <button
                    type="button"
                    className="btn btn-danger"
                    disabled={busy}
                    onClick={() => {
                      setConfirmDelete(null);
                      void report(call('iam:DeleteAccessKey', { UserName: user.name, AccessKeyId: k.id }));
                    }}
                  >
                    Confirm delete<span className="visually-hidden"> {k.id}</span>
                  </button>
                ) : (
                  <button type="button" className="btn" onClick={() => setConfirmDelete(k.id)}>
                    Delete<span className="visually-hidden"> {k.id}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
          {user.accessKeys.length === 0 && (
            <tr>
              <td colSpan={5} className="empty">
                No access keys.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
