// Downloading the credential report (GenerateCredentialReport, then GetCredentialReport) as a CSV file.
import { useState } from 'react';
import type { OperationName } from '../../api';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import type { CallOutcome } from '../actions/useApiCall';
import { useApiCall } from '../actions/useApiCall';
import { downloadText } from '../components/download';
import '../components/wizards.css';

/** A button that generates the report as the acting identity and downloads it. */
export function CredentialReportButton() {
  const { call, busy } = useApiCall();
  const [failure, setFailure] = useState<CallOutcome<OperationName> | null>(null);
  const download = async () => {
    const generated = await call('iam:GenerateCredentialReport', {});
    const out = generated.result.type === 'success' ? await call('iam:GetCredentialReport', {}) : generated;
    setFailure(out.result.type === 'failure' ? (out as CallOutcome<OperationName>) : null);
    if (out.result.type === 'success' && 'Content' in out.result.value) {
      downloadText(`status_reports_${out.result.value.GeneratedTime.replace(/:/g, '-')}.csv`, out.result.value.Content);
    }
  };
  return (
    <div className="stack">
      <p>
        <button type="button" className="btn" disabled={busy} onClick={() => void download()}>
          Download credential report
        </button>
      </p>
      {failure && <CallFailureNotice outcome={failure} />}
    </div>
  );
}
