// Assigning a virtual MFA device to a user, as the guide describes it: name the device, scan the QR code
// (or type the secret) in an authenticator app, then enter two consecutive codes; and removing a device.
import { useState } from 'react';
import type { OperationName } from '../../api';
import type { MfaDevice, User } from '../../model';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import type { CallOutcome } from '../actions/useApiCall';
import { useApiCall } from '../actions/useApiCall';
import { formatTime } from '../components/format';
import { useAccount } from '../state/ScenarioContext';
import { OneTimeSecret } from './OneTimeSecret';
import { QrCode } from '../components/QrCode';
import '../components/wizards.css';

interface Pending {
  serialNumber: string;
  seed: string;
  uri: string;
}

/** The MFA section of a user's Security credentials tab. */
export function VirtualMfaPanel({ user }: { user: User }) {
  const { call, busy } = useApiCall();
  const devices = useAccount().mfaDevices.filter((d) => d.assignedTo === user.name);
  const [deviceName, setDeviceName] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [codes, setCodes] = useState(['', '']);
  const [failure, setFailure] = useState<CallOutcome<OperationName> | null>(null);
  const report = async <N extends OperationName>(pending: Promise<CallOutcome<N>>) => {
    const outcome = await pending;
    setFailure(outcome.result.type === 'failure' ? (outcome as CallOutcome<OperationName>) : null);
    return outcome.result.type === 'success';
  };

  const createDevice = async () => {
    const out = await call('iam:CreateVirtualMFADevice', { VirtualMFADeviceName: deviceName ?? user.name });
    if ((await report(Promise.resolve(out))) && out.result.type === 'success') {
      const d = out.result.value.VirtualMFADevice;
      setPending({ serialNumber: d.SerialNumber, seed: d.Base32StringSeed, uri: d.OtpauthUri });
    }
  };
  const enable = async () => {
    if (!pending) return;
    if (
      await report(
        call('iam:EnableMFADevice', {
          UserName: user.name,
          SerialNumber: pending.serialNumber,
          AuthenticationCode1: codes[0],
          AuthenticationCode2: codes[1],
        }),
      )
    ) {
      setPending(null);
      setDeviceName(null);
      setCodes(['', '']);
    }
  };
  // An abandoned device would block its name: delete it, as the console does when you cancel.
  const cancel = async () => {
    if (pending) await call('iam:DeleteVirtualMFADevice', { SerialNumber: pending.serialNumber });
    setPending(null);
    setDeviceName(null);
    setFailure(null);
  };
  const remove = async (d: MfaDevice) => {
    if (
      (await report(call('iam:DeactivateMFADevice', { UserName: user.name, SerialNumber: d.serialNumber }))) &&
      d.type === 'virtual'
    )
      await report(call('iam:DeleteVirtualMFADevice', { SerialNumber: d.serialNumber }));
  };

  return (
    <section className="panel credentials-section" aria-labelledby="mfa-heading">
      <div className="panel-header">
        <h3 id="mfa-heading">Multi-factor authentication (MFA) ({devices.length})</h3>
        {deviceName === null && (
          <button type="button" className="btn" onClick={() => setDeviceName(user.name)}>
            Assign MFA device
          </button>
        )}
      </div>
      {devices.length === 0 ? (
        <p className="muted">No MFA devices assigned.</p>
      ) : (
        <ul className="link-list">
          {devices.map((d) => (
            <li key={d.serialNumber}>
              <code>{d.serialNumber}</code> ({d.type === 'virtual' ? 'Virtual' : d.type}, assigned{' '}
              {formatTime(d.enabledAt)}){' '}
              <button type="button" className="btn" disabled={busy} onClick={() => void remove(d)}>
                Remove<span className="visually-hidden"> {d.serialNumber}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {deviceName !== null && !pending && (
        <form
          className="stack panel-body"
          onSubmit={(e) => {
            e.preventDefault();
            void createDevice();
          }}
        >
          <label className="field">
            <span>Device name</span>
            <input value={deviceName} onChange={(e) => setDeviceName(e.target.value)} />
          </label>
          <p className="muted">A virtual MFA device is an authenticator app on a phone or computer.</p>
          <p className="wizard-buttons">
            <button type="button" className="btn" disabled={busy} onClick={() => void cancel()}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              Next
            </button>
          </p>
        </form>
      )}
      {pending && (
        <form
          className="stack panel-body"
          onSubmit={(e) => {
            e.preventDefault();
            void enable();
          }}
        >
          <ol className="stack">
            <li>Install a compatible authenticator app on your phone or computer.</li>
            <li>
              Open the app and scan this QR code, or type the secret key instead.
              <div className="mfa-setup">
                <QrCode text={pending.uri} label={`QR code for the virtual MFA device ${pending.serialNumber}`} />
                <p>
                  Secret key: <OneTimeSecret label="secret key" secret={pending.seed} />
                </p>
              </div>
            </li>
            <li>
              Type two consecutive codes from the app.
              <div className="tag-row">
                {[0, 1].map((i) => (
                  <label key={i} className="field">
                    <span>MFA code {i + 1}</span>
                    <input
                      inputMode="numeric"
                      autoComplete="one-time-code"
                      maxLength={6}
                      value={codes[i]}
                      onChange={(e) => setCodes(codes.map((c, j) => (j === i ? e.target.value.trim() : c)))}
                    />
                  </label>
                ))}
              </div>
            </li>
          </ol>
          <p className="wizard-buttons">
            <button type="button" className="btn" disabled={busy} onClick={() => void cancel()}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              Add MFA
            </button>
          </p>
        </form>
      )}
      {failure && <CallFailureNotice outcome={failure} />}
    </section>
  );
}
