// Detail pages' actions in headless Chromium, as a person uses them: attach and remove a managed policy,
// an inline policy whose error blocks saving, group membership from both sides, a role's trust policy,
// a customer managed policy's versions, tags, deleting a user after typing its name, and AccessDenied
// for a user who lacks the permission. Each new dialog passes axe.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import {
  SCREENSHOTS,
  editStoredScenario,
  openApp,
  pasteIntoEditor,
  seriousAxeViolations,
  showPageAnyway,
  useSitePage,
} from './harness';

let site: Site;
let page: Page;

useSitePage((s, p) => {
  site = s;
  page = p;
});

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `detail-${name}.png`) });
const main = () => page.locator('main');
const dialog = (name: string | RegExp) => page.getByRole('dialog', { name });
const policyUrl = (name: string) => `#/policies/${encodeURIComponent(`arn:aws:iam::123456789012:policy/${name}`)}`;
const doc = (effect: string, action: string) =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "${effect}",\n      "Action": "${action}",\n      "Resource": "*"\n    }\n  ]\n}`;

/** Axe on the open dialog, then a screenshot of it. */
async function checkDialog(name: string) {
  await shot(name);
  expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
}

/** A removal's confirmation dialog: it states the consequence, and the removal happens only on its button. */
async function confirmRemoval(confirm: Locator, consequence: RegExp, button: string) {
  await expect.poll(() => confirm.innerText()).toMatch(consequence);
  await confirm.getByRole('button', { name: button }).click();
  await expect.poll(() => confirm.count()).toBe(0);
}

describe('permissions tab', () => {
  it('attaches a managed policy to a user, shows it under Permissions, and removes it', async () => {
    await openApp(page, site, '#/users/Mary/permissions');
    await page.getByRole('button', { name: 'Add permissions' }).click();
    const attach = dialog('Attach policies to Mary');
    await attach.getByRole('searchbox').fill('ReadOnlyAccess');
    await attach.getByRole('checkbox', { name: /^ReadOnlyAccess / }).check();
    await checkDialog('attach-dialog');
    await attach.getByRole('button', { name: 'Add permissions' }).click();
    await expect.poll(() => attach.count()).toBe(0);
    const attached = page.getByRole('region', { name: /Attached policies/ });
    await expect.poll(() => attached.getByRole('link', { name: 'ReadOnlyAccess' }).count()).toBe(1);
    await shot('attached');

    // As in the console, an attached policy is still listed, marked Attached, and cannot be chosen again.
    await page.getByRole('button', { name: 'Add permissions' }).click();
    await attach.getByRole('searchbox').fill('ReadOnlyAccess');
    const again = attach.getByRole('checkbox', { name: /^ReadOnlyAccess \(AWS managed\) Attached$/ });
    expect(await again.isDisabled()).toBe(true);
    expect(await again.isChecked()).toBe(true);
    expect(await attach.locator('input[type=checkbox]:disabled').count()).toBe(1);
    await checkDialog('attach-dialog-attached');
    await attach.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => attach.count()).toBe(0);

    await page.getByRole('button', { name: 'Remove ReadOnlyAccess from Mary' }).click();
    const remove = dialog('Remove ReadOnlyAccess from Mary?');
    await confirmRemoval(remove, /taken away from the user Mary/, 'Remove policy');
    await expect.poll(() => attached.getByRole('link', { name: 'ReadOnlyAccess' }).count()).toBe(0);
    await expect.poll(() => attached.innerText()).toContain('No managed policies attached');
  });

  it('removing a managed policy asks first, and Cancel keeps it attached', async () => {
    await openApp(page, site, '#/roles/AppServer/permissions');
    const attached = page.getByRole('region', { name: /Attached policies/ });
    await page.getByRole('button', { name: 'Remove AmazonS3ReadOnlyAccess from AppServer' }).click();
    const remove = dialog('Remove AmazonS3ReadOnlyAccess from AppServer?');
    await checkDialog('remove-policy-confirm');
    await remove.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => remove.count()).toBe(0);
    expect(await attached.getByRole('link', { name: 'AmazonS3ReadOnlyAccess' }).count()).toBe(1);
  });

  it('an inline policy for a group is not saved while the editor marks an error, then saved once fixed', async () => {
    await openApp(page, site, '#/groups/Test/permissions');
    await page.getByRole('button', { name: 'Create inline policy' }).click();
    const create = dialog('Create inline policy for Test');
    await create.getByRole('textbox', { name: 'Policy name' }).fill('ListBuckets');
    await pasteIntoEditor(page, create.locator('.monaco-editor'), doc('Allowed', 's3:ListAllMyBuckets'));
    await expect.poll(() => create.locator('.squiggly-error').count()).toBeGreaterThan(0);
    await create.getByRole('button', { name: 'Create policy' }).click();
    await expect.poll(() => create.getByRole('alert').innerText()).toContain('Fix the error');
    await checkDialog('inline-blocked');
    await pasteIntoEditor(page, create.locator('.monaco-editor'), doc('Allow', 's3:ListAllMyBuckets'));
    await expect.poll(() => create.locator('.squiggly-error').count()).toBe(0);
    await create.getByRole('button', { name: 'Create policy' }).click();
    await expect.poll(() => create.count()).toBe(0);
    const inline = page.getByRole('region', { name: /Inline policies/ });
    await expect.poll(() => inline.innerText()).toContain('ListBuckets');
    await inline.getByText('ListBuckets').click();
    await expect.poll(() => inline.innerText()).toContain('List');
    await shot('inline-saved');

    await inline.getByRole('button', { name: 'Delete inline policy ListBuckets' }).click();
    await confirmRemoval(
      dialog('Delete inline policy ListBuckets?'),
      /every user in the group Test.*cannot be restored/,
      'Delete policy',
    );
    await expect.poll(() => inline.innerText()).toContain('No inline policies');
  });
});

describe('permissions boundary', () => {
  it("sets a user's permissions boundary and removes it", async () => {
    await openApp(page, site, '#/users/Mary/permissions');
    await page.getByRole('button', { name: 'Set permissions boundary' }).click();
    const set = dialog('Set permissions boundary for Mary');
    await set.getByRole('searchbox').fill('ReadOnlyAccess');
    await set.getByRole('radio', { name: /^ReadOnlyAccess / }).check();
    await checkDialog('boundary-dialog');
    await set.getByRole('button', { name: 'Set boundary' }).click();
    await expect.poll(() => set.count()).toBe(0);
    const boundary = page.getByRole('region', { name: 'Permissions boundary' });
    await expect.poll(() => boundary.getByRole('link', { name: 'ReadOnlyAccess' }).count()).toBe(1);
    await boundary.getByRole('button', { name: 'Remove boundary' }).click();
    await confirmRemoval(
      dialog('Remove the permissions boundary of Mary?'),
      /ReadOnlyAccess no longer limits the user Mary/,
      'Remove boundary',
    );
    await expect.poll(() => boundary.innerText()).toContain('Not set');
  });
});

describe('group membership', () => {
  it("adds a user to a group from the user's page and removes it from the group's page", async () => {
    await openApp(page, site, '#/users/Mary/groups');
    await page.getByRole('button', { name: 'Add user to groups' }).click();
    const add = dialog('Add user to groups');
    await add.getByRole('checkbox', { name: 'Managers' }).check();
    await checkDialog('add-to-groups');
    await add.getByRole('button', { name: 'Add user to groups' }).click();
    await expect.poll(() => add.count()).toBe(0);
    await expect.poll(() => page.getByRole('tab', { name: 'Groups (3)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Remove Mary from Managers' }).count()).toBe(1);

    await openApp(page, site, '#/groups/Managers/users');
    await page.getByRole('checkbox', { name: 'Select Mary' }).check();
    await page.getByRole('button', { name: 'Remove users' }).click();
    await confirmRemoval(
      dialog('Remove Mary from Managers?'),
      /Mary loses the permissions that the group Managers grants/,
      'Remove user',
    );
    await expect.poll(() => page.getByRole('link', { name: 'Mary' }).count()).toBe(0);
    await openApp(page, site, '#/users/Mary/groups');
    await expect.poll(() => page.getByRole('tab', { name: 'Groups (2)' }).count()).toBe(1);
  });

  it("removing a user from a group on the user's Groups tab asks first", async () => {
    await openApp(page, site, '#/users/Mary/groups');
    await page.getByRole('button', { name: 'Remove Mary from AllUsers' }).click();
    await confirmRemoval(
      dialog('Remove Mary from AllUsers?'),
      /Mary loses the permissions that the group AllUsers grants/,
      'Remove user',
    );
    await expect.poll(() => page.getByRole('tab', { name: 'Groups (1)' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'AllUsers' }).count()).toBe(0);
  });
});

describe('roles', () => {
  it("edits a role's trust policy", async () => {
    await openApp(page, site, '#/roles/AppServer/trust');
    await page.getByRole('button', { name: 'Edit trust policy' }).click();
    const edit = dialog('Edit trust policy of AppServer');
    const trust =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": { "Service": "lambda.amazonaws.com" },\n      "Action": "sts:AssumeRole"\n    }\n  ]\n}';
    await pasteIntoEditor(page, edit.locator('.monaco-editor'), trust);
    await expect.poll(() => edit.getByRole('status').innerText()).toBe('No problems');
    await checkDialog('trust-dialog');
    await edit.getByRole('button', { name: 'Update policy' }).click();
    await expect.poll(() => edit.count()).toBe(0);
    await page.getByRole('button', { name: 'JSON' }).click();
    await expect.poll(() => main().innerText()).toContain('lambda.amazonaws.com');
    await openApp(page, site, '#/roles');
    await expect.poll(() => main().innerText()).toContain('AWS service: lambda');
  });

  it("edits a role's description and maximum session duration", async () => {
    await openApp(page, site, '#/roles/AppServer');
    await page.getByRole('button', { name: 'Edit description and maximum session duration' }).click();
    const edit = dialog('Edit AppServer');
    await edit.getByRole('textbox', { name: 'Description' }).fill('Web tier servers');
    await edit.getByRole('combobox', { name: 'Maximum session duration' }).selectOption('12');
    await checkDialog('role-settings');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => edit.count()).toBe(0);
    await expect.poll(() => page.locator('.summary-grid').innerText()).toMatch(/Maximum session duration\s+12 hours/);
    expect(await page.locator('.page-description').innerText()).toBe('Web tier servers');
  });

  it("edits a service-linked role's description, the one setting IAM lets you change", async () => {
    await openApp(page, site, '#/roles/AWSServiceRoleForSupport');
    await page.getByRole('button', { name: 'Edit description', exact: true }).click();
    const edit = dialog('Edit AWSServiceRoleForSupport');
    expect(await edit.getByRole('combobox', { name: 'Maximum session duration' }).count()).toBe(0);
    await edit.getByRole('textbox', { name: 'Description' }).fill('Lets AWS Support manage support cases');
    await checkDialog('service-linked-role-description');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => edit.count()).toBe(0);
    expect(await page.locator('.page-description').innerText()).toBe('Lets AWS Support manage support cases');
    // Its trust policy is the service's: shown, with no Edit button.
    await openApp(page, site, '#/roles/AWSServiceRoleForSupport/trust');
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain('The service defines the trust policy of a service-linked role; it cannot be edited.');
    expect(await page.getByRole('button', { name: 'Edit trust policy' }).count()).toBe(0);
  });
});

describe('customer managed policy versions', () => {
  it('edits the policy into a new default version, sets the old one as default, and deletes a version', async () => {
    await openApp(page, site, policyUrl('SupportEC2Describe'));
    await page.getByRole('button', { name: 'Edit policy SupportEC2Describe' }).click();
    const edit = dialog('Edit SupportEC2Describe');
    await pasteIntoEditor(page, edit.locator('.monaco-editor'), doc('Allow', 'ec2:DescribeInstances'));
    await expect.poll(() => edit.getByRole('status').innerText()).toBe('No problems');
    await checkDialog('edit-policy');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => edit.count()).toBe(0);
    await page.getByRole('tab', { name: 'Policy versions (2)' }).click();
    const versions = page.getByRole('table', { name: 'Policy versions' });
    await expect.poll(() => versions.getByRole('row', { name: /v2/ }).innerText()).toContain('Default');
    await page.getByRole('button', { name: 'Set v1 as default version' }).click();
    await expect.poll(() => versions.getByRole('row', { name: /v1/ }).innerText()).toContain('Default');
    await shot('versions');
    await page.getByRole('button', { name: 'Delete version v2' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Policy versions (1)' }).count()).toBe(1);
    expect(await versions.getByRole('row', { name: /v2/ }).count()).toBe(0);
  });
});

describe('customer managed policy at five versions', () => {
  it('a sixth version is refused with LimitExceeded; deleting the oldest non-default version first makes room', async () => {
    await openApp(page, site, policyUrl('ShareManagers'));
    await editStoredScenario(page, (scenario) => {
      const policy = scenario.accounts.flatMap((a) => a.policies).find((p) => p.name === 'ShareManagers')!;
      const document = policy.versions[0]!.document;
      policy.versions.push(
        ...[2, 3, 4, 5].map((n) => ({ versionId: `v${n}`, document, createdAt: `2026-01-0${n + 4}T09:00:00Z` })),
      );
      policy.nextVersion = 6;
    });
    await page.getByRole('button', { name: 'Edit policy ShareManagers' }).click();
    const edit = dialog('Edit ShareManagers');
    await pasteIntoEditor(page, edit.locator('.monaco-editor'), doc('Allow', 's3:ListBucket'));
    await expect.poll(() => edit.getByRole('status').innerText()).toBe('No problems');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => edit.getByRole('alert').innerText()).toContain('LimitExceeded');
    await edit.getByRole('checkbox', { name: /Delete the oldest version that is not the default \(v2\)/ }).check();
    await checkDialog('version-limit');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => edit.count()).toBe(0);
    await page.getByRole('tab', { name: 'Policy versions (5)' }).click();
    const versions = page.getByRole('table', { name: 'Policy versions' });
    await expect.poll(() => versions.getByRole('row', { name: /v6/ }).innerText()).toContain('Default');
    expect(await versions.getByRole('row', { name: /v2/ }).count()).toBe(0);
  });

  it('attaches the policy to a user from its Entities attached tab and detaches it', async () => {
    await page.getByRole('tab', { name: /Entities attached/ }).click();
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    const attach = dialog('Attach ShareManagers');
    await attach.getByRole('group', { name: 'Users' }).getByRole('checkbox', { name: 'Mary' }).check();
    await checkDialog('attach-to-entities');
    await attach.getByRole('button', { name: 'Attach policy' }).click();
    await expect.poll(() => attach.count()).toBe(0);
    const table = page.getByRole('table', { name: 'Entities attached' });
    await expect.poll(() => table.getByRole('row', { name: /Mary/ }).innerText()).toMatch(/User\s+Permissions policy/);
    await page.getByRole('button', { name: 'Detach ShareManagers from Mary' }).click();
    await confirmRemoval(dialog('Remove ShareManagers from Mary?'), /taken away from the user Mary/, 'Remove policy');
    await expect.poll(() => table.getByRole('row', { name: /Mary/ }).count()).toBe(0);
  });
});

describe('tags', () => {
  it('adds a tag to a role and removes it', async () => {
    await openApp(page, site, '#/roles/AppServer/tags');
    await page.getByRole('button', { name: 'Manage tags' }).click();
    const manage = dialog('Manage tags of AppServer');
    await manage.getByRole('button', { name: 'Add new tag' }).click();
    await manage.getByRole('textbox', { name: 'Key' }).fill('CostCenter');
    await manage.getByRole('textbox', { name: 'Value' }).fill('42');
    await checkDialog('tags-dialog');
    await manage.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => manage.count()).toBe(0);
    await expect.poll(() => page.getByRole('table', { name: 'Tags' }).innerText()).toMatch(/CostCenter\s+42/);
    await page.getByRole('button', { name: 'Manage tags' }).click();
    await manage.getByRole('button', { name: 'Remove tag 1' }).click();
    await manage.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => main().innerText()).toContain('No tags.');
    expect(await page.getByRole('tab', { name: 'Tags (0)' }).count()).toBe(1);
  });
});

describe('deleting', () => {
  it('deletes a user only once its name is typed, then it is gone from the list', async () => {
    await openApp(page, site, '#/users/Shirley');
    await page.getByRole('button', { name: 'Delete user Shirley' }).click();
    const confirm = dialog('Delete Shirley?');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => confirm.getByRole('alert').innerText()).toContain('enter the user name Shirley');
    await confirm.getByRole('textbox', { name: 'To confirm deletion, enter the user name' }).fill('Shirley');
    await checkDialog('delete-user');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Users');
    expect(await main().getByRole('link', { name: 'Shirley' }).count()).toBe(0);
  });

  it('a service-linked role cannot be deleted: the dialog shows the error', async () => {
    await openApp(page, site, '#/roles/AWSServiceRoleForSupport');
    await page.getByRole('button', { name: 'Delete role AWSServiceRoleForSupport' }).click();
    const confirm = dialog('Delete AWSServiceRoleForSupport?');
    await confirm.getByRole('textbox', { name: /enter the role name/ }).fill('AWSServiceRoleForSupport');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => confirm.getByRole('alert').innerText()).toContain('UnmodifiableEntity');
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await page.locator('main h1').textContent()).toBe('AWSServiceRoleForSupport');
  });
});

describe('acting as a user without the permission', () => {
  it('attaching a policy as Richard is denied with AWS AccessDenied and its explanation', async () => {
    const menu = page.getByRole('button', { name: /^Identity menu/ });
    await menu.click();
    await page
      .getByRole('region', { name: 'Identity' })
      .getByRole('button', { name: 'IAM user Richard', exact: true })
      .click();
    await expect.poll(() => menu.innerText()).toBe('Richard @ example-corp');
    await openApp(page, site, '#/users/Mary/permissions');
    // Richard may not read Mary's page (no iam:GetUser): the learner's view shows it so he can try the action.
    await showPageAnyway(page);
    await page.getByRole('button', { name: 'Add permissions' }).click();
    const attach = dialog('Attach policies to Mary');
    await attach.getByRole('searchbox').fill('ReadOnlyAccess');
    await attach.getByRole('checkbox', { name: /^ReadOnlyAccess / }).check();
    await attach.getByRole('button', { name: 'Add permissions' }).click();
    const alert = attach.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain(
        'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: iam:AttachUserPolicy on resource: arn:aws:iam::123456789012:user/Mary',
      );
    await alert.getByRole('button', { name: 'Why was this denied?' }).click();
    await expect.poll(() => alert.getByRole('region', { name: 'Explanation' }).count()).toBe(1);
    await checkDialog('access-denied');
    await attach.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: /Attached policies/ }).innerText())
      .toContain('No managed policies attached');
  });
});
