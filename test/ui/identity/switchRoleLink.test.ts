import { describe, expect, it } from 'vitest';
import { parseSwitchRoleLink, switchRoleLinkHash } from '../../../src/ui/identity/switchRoleLink';

describe("switch-role link (the console's switchrole?account=&roleName=&displayName=)", () => {
  it('a link carries the account id or alias, the role name and the display name into the Switch role fields', () => {
    expect(
      parseSwitchRoleLink('#/switchrole?account=example-corp&roleName=UpdateApp&displayName=Prod%20deploy'),
    ).toEqual({ account: 'example-corp', roleName: 'UpdateApp', displayName: 'Prod deploy' });
    expect(parseSwitchRoleLink('#/switchrole?roleName=UpdateApp&account=999999999999')).toEqual({
      account: '999999999999',
      roleName: 'UpdateApp',
      displayName: '',
    });
  });

  it('a link without parameters still opens the Switch role page, with nothing filled in', () => {
    expect(parseSwitchRoleLink('#/switchrole')).toEqual({ account: '', roleName: '', displayName: '' });
  });

  it('other pages are not switch-role links', () => {
    expect(parseSwitchRoleLink('#/roles/UpdateApp')).toBeNull();
    expect(parseSwitchRoleLink('#/switchroles?account=1')).toBeNull();
    expect(parseSwitchRoleLink('')).toBeNull();
  });

  it("the role page's link round-trips names with + = , . @ _ - and leaves out an empty display name", () => {
    const hash = switchRoleLinkHash({ account: '111122223333', roleName: 'Ops+Deploy=1,a.b@c_d-e', displayName: '' });
    expect(hash).not.toContain('displayName');
    expect(parseSwitchRoleLink(hash)).toEqual({
      account: '111122223333',
      roleName: 'Ops+Deploy=1,a.b@c_d-e',
      displayName: '',
    });
    expect(
      parseSwitchRoleLink(switchRoleLinkHash({ account: 'a', roleName: 'r', displayName: 'Dev & Test' }))?.displayName,
    ).toBe('Dev & Test');
  });
});
