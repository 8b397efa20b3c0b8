// The console's switch-role link, `switchrole?account=<id or alias>&roleName=<name>&displayName=<text>`,
// as a hash route of this app: the link an administrator hands out, and the prefill it carries.

/** The Switch role fields a link fills in (empty when the link leaves one out). */
export interface SwitchRoleLinkParams {
  account: string;
  roleName: string;
  displayName: string;
}

const PREFIX = '#/switchrole';

/** The hash of a switch-role link; the display name is left out when empty, as the console's role link does. */
export function switchRoleLinkHash({ account, roleName, displayName }: SwitchRoleLinkParams): string {
  const query = new URLSearchParams({ account, roleName, ...(displayName ? { displayName } : {}) });
  return `${PREFIX}?${query.toString()}`;
}

/** The prefill of a switch-role link, or null when the hash is not one. */
export function parseSwitchRoleLink(hash: string): SwitchRoleLinkParams | null {
  const [path = '', query = ''] = hash.split(/\?(.*)/s);
  if (path.replace(/\/$/, '').toLowerCase() !== PREFIX) return null;
  const params = new URLSearchParams(query);
  return {
    account: params.get('account') ?? '',
    roleName: params.get('roleName') ?? '',
    displayName: params.get('displayName') ?? '',
  };
}
