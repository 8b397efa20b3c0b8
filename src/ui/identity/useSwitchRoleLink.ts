// Follows the address bar for a switch-role link, so opening one shows the Switch role dialog prefilled.
import { useEffect, useState } from 'react';
import type { SwitchRoleLinkParams } from './switchRoleLink';
import { parseSwitchRoleLink } from './switchRoleLink';

/** The open link's prefill (or null), and `dismiss` to leave the link for the dashboard once handled. */
export function useSwitchRoleLink(): { params: SwitchRoleLinkParams | null; dismiss: () => void } {
  const [params, setParams] = useState(() => parseSwitchRoleLink(window.location.hash));
  useEffect(() => {
    const onChange = () => setParams(parseSwitchRoleLink(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const dismiss = () => {
    if (!params) return;
    // Replaced, not pushed: Back should not reopen a dialog the person already answered.
    window.history.replaceState(null, '', '#/dashboard');
    setParams(null);
  };
  return { params, dismiss };
}
