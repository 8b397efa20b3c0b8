// How a failed console action is shown: AWS's AccessDenied message with a button that opens the
// explanation (policy types in evaluation order with verdicts, the decisive statements), or any other
// AWS error as its code and message.
import { useId, useMemo, useState } from 'react';
import type { Authorization } from '../../api';
import { isAccessDenied } from '../../api';
import type { Result } from '../../model';
import { explainAuthorization } from './consoleApi';
import { denialView } from './denialView';
import './actions.css';

type Failure = Extract<Result<unknown>, { type: 'failure' }>;

/** AWS's AccessDenied message for a denied call, and its explanation on demand. */
export function AccessDeniedNotice({
  code,
  message,
  authorization,
}: {
  code: string;
  message: string;
  authorization: Authorization | null;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="banner banner-error action-notice" role="alert">
      <p className="action-notice-title">
        <strong>Access denied</strong> <span className="muted">({code})</span>
      </p>
      <p className="action-notice-message">{message}</p>
      {authorization && (
        <>
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide explanation' : 'Why was this denied?'}
          </button>
          <div id={panelId} hidden={!open}>
            {open && <DenialExplanation authorization={authorization} message={message} />}
          </div>
        </>
      )}
    </div>
  );
}

function DenialExplanation({ authorization, message }: { authorization: Authorization; message: string }) {
  const view = useMemo(() => denialView(authorization, explainAuthorization(authorization)), [authorization]);
  return (
    <section className="denial-explanation" aria-label="Explanation">
      {/* The summary repeats the message unless a check other than the one reported decided. */}
      {view.summary !== message && <p>{view.summary}</p>}
      <h3 className="denial-heading">Policy types, in AWS&apos;s evaluation order</h3>
      <ol className="verdict-list">
        {view.types.map((t) => (
          <li key={t.name} className={t.decisive ? 'verdict verdict-decisive' : 'verdict'}>
            <span className="verdict-name">{t.name}</span>
            <span
              className={`badge ${t.verdict === 'Deny' ? 'badge-deny' : t.verdict === 'Allow' ? 'badge-allow' : ''}`}
            >
              {t.wording}
            </span>
            {t.decisive && <span className="verdict-decides">decides</span>}
            {t.decisive && t.policies.length > 0 && (
              <span className="verdict-policies">Weighed: {t.policies.join('; ')}</span>
            )}
          </li>
        ))}
      </ol>
      {view.decisive.length > 0 && (
        <>
          <h3 className="denial-heading">Decisive statements</h3>
          {view.decisive.map((d, i) => (
            <figure key={i} className="decisive-statement">
              <figcaption>
                {d.effect} statement <strong>{d.name}</strong> in {d.policy}
              </figcaption>
              <pre>{d.text}</pre>
            </figure>
          ))}
        </>
      )}
      {view.notes.length > 0 && (
        <ul className="denial-notes">
          {view.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Any other AWS error of a console action: its code and message. */
export function ApiErrorNotice({ code, message }: { code: string; message: string }) {
  return (
    <div className="banner banner-error action-notice" role="alert">
      <p className="action-notice-title">
        <strong>{code}</strong>
      </p>
      <p className="action-notice-message">{message}</p>
    </div>
  );
}

/** The right notice for a failed call: AccessDeniedNotice for a denial, ApiErrorNotice otherwise. */
export function CallFailureNotice({
  outcome,
}: {
  outcome: { result: Result<unknown>; authorization: Authorization | null };
}) {
  if (outcome.result.type === 'success') return null;
  const [first] = (outcome.result as Failure).errors;
  return isAccessDenied(first.code) ? (
    <AccessDeniedNotice code={first.code} message={first.message} authorization={outcome.authorization} />
  ) : (
    <ApiErrorNotice code={first.code} message={first.message} />
  );
}
