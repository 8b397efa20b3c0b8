// A role's "Link to switch roles in console" in its summary, with a copy button, as the console shows it.
import { useState } from 'react';
import { switchRoleLinkHash } from './switchRoleLink';

/** The summary entry (a `<div>` of a `<dl>`) with the role's switch-role link and a Copy button. */
export function SwitchRoleLinkField({ accountId, roleName }: { accountId: string; roleName: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const url = `${window.location.origin}${window.location.pathname}${switchRoleLinkHash({ account: accountId, roleName, displayName: '' })}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (permissions, insecure origin); the link stays selectable.
      setCopied(false);
    }
  };
  return (
    <div className="wide">
      <dt>Link to switch roles in console</dt>
      <dd>
        <a href={url}>
          <code>{url}</code>
        </a>{' '}
        <button
          type="button"
          className="btn"
          aria-label="Copy link to switch roles in console"
          onClick={() => void copy()}
        >
          Copy
        </button>{' '}
        <span role="status" className="muted">
          {copied === true ? 'Copied' : copied === false ? 'Copy failed; select the link instead' : ''}
        </span>
      </dd>
    </div>
  );
}
