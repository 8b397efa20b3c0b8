// Detail pages' actions in headless Chromium, as a person uses them: attach and remove a managed policy,
// an inline policy whose error blocks saving, group membership from both sides, a role's trust policy,
// a customer managed policy's versions, tags, deleting a user after typing its name, and AccessDenied
// for a user who lacks the permission. Each new dialog passes axe.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, pasteIntoEditor, screenshot, seedScenario, seriousAxeViolations, showPageAnyway } from './harness';

const shot = (page: Page, name: string) => screenshot(page, `detail-${name}`, { fullPage: false });
const main = (page: Page) => page.locator('main');
const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
const policyUrl = (name: string) => `#/policies/${encodeURIComponent(`arn:aws:iam::123456789012:policy/${name}`)}`;
const doc = (effect: string, action: string) =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "${effect}",\n      "Action": "${action}",\n      "Resource": "*"\n    }\n  ]\n}`;

/** Axe on the open dialog, then a screenshot of it. */
async function checkDialog(page: Page, name: string) {
  await shot(page, name);
  expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
}

/** A removal's confirmation dialog: it states the consequence, and the removal happens only on its button. */
async function confirmRemoval(confirm: Locator, consequence: RegExp, button: string) {
  await expect(confirm).toContainText(consequence);
  await confirm.getByRole('button', { name: button }).click();
  await expect(confirm).toHaveCount(0);
}

test.describe('permissions tab', () => {
  test('attaches a managed policy to a user, shows it under Permissions, and removes it', async ({ page }) => {
    await openApp(page, '#/users/Mary/permissions');
    await page.getByRole('button', { name: 'Add permissions' }).click();
    const attach = dialog(page, 'Attach policies to Mary');
    await attach.getByRole('searchbox').fill('ReadOnlyAccess');
    await attach.getByRole('checkbox', { name: /^ReadOnlyAccess / }).check();
    await checkDialog(page, 'attach-dialog');
    await attach.getByRole('button', { name: 'Add permissions' }).click();
    await expect(attach).toHaveCount(0);
    const attached = page.getByRole('region', { name: /Attached policies/ });
    await expect(attached.getByRole('link', { name: 'ReadOnlyAccess' })).toHaveCount(1);
    await shot(page, 'attached');

    // As in the console, an attached policy is still listed, marked Attached, and cannot be chosen again.
    await page.getByRole('button', { name: 'Add permissions' }).click();
    await attach.getByRole('searchbox').fill('ReadOnlyAccess');
    const again = attach.getByRole('checkbox', { name: /^ReadOnlyAccess \(AWS managed\) Attached$/ });
    await expect(again).toBeDisabled();
    await expect(again).toBeChecked();
    await expect(attach.locator('input[type=checkbox]:disabled')).toHaveCount(1);
    await checkDialog(page, 'attach-dialog-attached');
    await attach.getByRole('button', { name: 'Cancel' }).click();
    await expect(attach).toHaveCount(0);

    await page.getByRole('button', { name: 'Remove ReadOnlyAccess from Mary' }).click();
    const remove = dialog(page, 'Remove ReadOnlyAccess from Mary?');
    await confirmRemoval(remove, /taken away from the user Mary/, 'Remove policy');
    await expect(attached.getByRole('link', { name: 'ReadOnlyAccess' })).toHaveCount(0);
    await expect(attached).toContainText('No managed policies attached');
  });

  test('removing a managed policy asks first, and Cancel keeps it attached', async ({ page }) => {
    await openApp(page, '#/roles/AppServer/permissions');
    const attached = page.getByRole('region', { name: /Attached policies/ });
    await page.getByRole('button', { name: 'Remove AmazonS3ReadOnlyAccess from AppServer' }).click();
    const remove = dialog(page, 'Remove AmazonS3ReadOnlyAccess from AppServer?');
    await checkDialog(page, 'remove-policy-confirm');
    await remove.getByRole('button', { name: 'Cancel' }).click();
    await expect(remove).toHaveCount(0);
    await expect(attached.getByRole('link', { name: 'AmazonS3ReadOnlyAccess' })).toHaveCount(1);
  });

  test('an inline policy for a group is not saved while the editor marks an error, then saved once fixed', async ({
    page,
  }) => {
    await openApp(page, '#/groups/Test/permissions');
    await page.getByRole('button', { name: 'Create inline policy' }).click();
    const create = dialog(page, 'Create inline policy for Test');
    await create.getByRole('textbox', { name: 'Policy name' }).fill('ListBuckets');
    await pasteIntoEditor(page, create.locator('.monaco-editor'), doc('Allowed', 's3:ListAllMyBuckets'));
    await expect.poll(() => create.locator('.squiggly-error').count()).toBeGreaterThan(0);
    await create.getByRole('button', { name: 'Create policy' }).click();
    await expect(create.getByRole('alert')).toContainText('Fix the error');
    await checkDialog(page, 'inline-blocked');
    await pasteIntoEditor(page, create.locator('.monaco-editor'), doc('Allow', 's3:ListAllMyBuckets'));
    await expect(create.locator('.squiggly-error')).toHaveCount(0);
    await create.getByRole('button', { name: 'Create policy' }).click();
    await expect(create).toHaveCount(0);
    const inline = page.getByRole('region', { name: /Inline policies/ });
    await expect(inline).toContainText('ListBuckets');
    await inline.getByText('ListBuckets').click();
    await expect(inline).toContainText('List');
    await shot(page, 'inline-saved');

    await inline.getByRole('button', { name: 'Delete inline policy ListBuckets' }).click();
    await confirmRemoval(
      dialog(page, 'Delete inline policy ListBuckets?'),
      /every user in the group Test.*cannot be restored/,
      'Delete policy',
    );
    await expect(inline).toContainText('No inline policies');
  });
});

test.describe('permissions boundary', () => {
  test("sets a user's permissions boundary and removes it", async ({ page }) => {
    await openApp(page, '#/users/Mary/permissions');
    await page.getByRole('button', { name: 'Set permissions boundary' }).click();
    const set = dialog(page, 'Set permissions boundary for Mary');
    await set.getByRole('searchbox').fill('ReadOnlyAccess');
    await set.getByRole('radio', { name: /^ReadOnlyAccess / }).check();
    await checkDialog(page, 'boundary-dialog');
    await set.getByRole('button', { name: 'Set boundary' }).click();
    await expect(set).toHaveCount(0);
    const boundary = page.getByRole('region', { name: 'Permissions boundary' });
    await expect(boundary.getByRole('link', { name: 'ReadOnlyAccess' })).toHaveCount(1);
    await boundary.getByRole('button', { name: 'Remove boundary' }).click();
    await confirmRemoval(
      dialog(page, 'Remove the permissions boundary of Mary?'),
      /ReadOnlyAccess no longer limits the user Mary/,
      'Remove boundary',
    );
    await expect(boundary).toContainText('Not set');
  });
});

test.describe('group membership', () => {
  test("adds a user to a group from the user's page and removes it from the group's page", async ({ page }) => {
    await openApp(page, '#/users/Mary/groups');
    await page.getByRole('button', { name: 'Add user to groups' }).click();
    const add = dialog(page, 'Add user to groups');
    await add.getByRole('checkbox', { name: 'Managers' }).check();
    await checkDialog(page, 'add-to-groups');
    await add.getByRole('button', { name: 'Add user to groups' }).click();
    await expect(add).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'Groups (3)' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Remove Mary from Managers' })).toHaveCount(1);

    await openApp(page, '#/groups/Managers/users');
    await page.getByRole('checkbox', { name: 'Select Mary' }).check();
    await page.getByRole('button', { name: 'Remove users' }).click();
    await confirmRemoval(
      dialog(page, 'Remove Mary from Managers?'),
      /Mary loses the permissions that the group Managers grants/,
      'Remove user',
    );
    await expect(page.getByRole('link', { name: 'Mary' })).toHaveCount(0);
    await openApp(page, '#/users/Mary/groups');
    await expect(page.getByRole('tab', { name: 'Groups (2)' })).toHaveCount(1);
  });

  test("removing a user from a group on the user's Groups tab asks first", async ({ page }) => {
    await openApp(page, '#/users/Mary/groups');
    await page.getByRole('button', { name: 'Remove Mary from AllUsers' }).click();
    await confirmRemoval(
      dialog(page, 'Remove Mary from AllUsers?'),
      /Mary loses the permissions that the group AllUsers grants/,
      'Remove user',
    );
    await expect(page.getByRole('tab', { name: 'Groups (1)' })).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'AllUsers' })).toHaveCount(0);
  });
});

test.describe('roles', () => {
  test("edits a role's trust policy", async ({ page }) => {
    await openApp(page, '#/roles/AppServer/trust');
    await page.getByRole('button', { name: 'Edit trust policy' }).click();
    const edit = dialog(page, 'Edit trust policy of AppServer');
    const trust =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": { "Service": "lambda.amazonaws.com" },\n      "Action": "sts:AssumeRole"\n    }\n  ]\n}';
    await pasteIntoEditor(page, edit.locator('.monaco-editor'), trust);
    await expect(edit.getByRole('status')).toHaveText('No problems');
    await checkDialog(page, 'trust-dialog');
    await edit.getByRole('button', { name: 'Update policy' }).click();
    await expect(edit).toHaveCount(0);
    await page.getByRole('button', { name: 'JSON' }).click();
    await expect(main(page)).toContainText('lambda.amazonaws.com');
    await openApp(page, '#/roles');
    await expect(main(page)).toContainText('AWS service: lambda');
  });

  test("edits a role's description and maximum session duration", async ({ page }) => {
    await openApp(page, '#/roles/AppServer');
    await page.getByRole('button', { name: 'Edit description and maximum session duration' }).click();
    const edit = dialog(page, 'Edit AppServer');
    await edit.getByRole('textbox', { name: 'Description' }).fill('Web tier servers');
    await edit.getByRole('combobox', { name: 'Maximum session duration' }).selectOption('12');
    await checkDialog(page, 'role-settings');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toHaveCount(0);
    await expect(page.locator('.summary-grid')).toContainText(/Maximum session duration\s+12 hours/, {
      useInnerText: true,
    });
    await expect(page.locator('.page-description')).toHaveText('Web tier servers');
  });

  test("edits a service-linked role's description, the one setting IAM lets you change", async ({ page }) => {
    await openApp(page, '#/roles/AWSServiceRoleForSupport');
    await page.getByRole('button', { name: 'Edit description', exact: true }).click();
    const edit = dialog(page, 'Edit AWSServiceRoleForSupport');
    await expect(edit.getByRole('combobox', { name: 'Maximum session duration' })).toHaveCount(0);
    await edit.getByRole('textbox', { name: 'Description' }).fill('Lets AWS Support manage support cases');
    await checkDialog(page, 'service-linked-role-description');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toHaveCount(0);
    await expect(page.locator('.page-description')).toHaveText('Lets AWS Support manage support cases');
    // Its trust policy is the service's: shown, with no Edit button.
    await openApp(page, '#/roles/AWSServiceRoleForSupport/trust');
    await expect(main(page)).toContainText(
      'The service defines the trust policy of a service-linked role; it cannot be edited.',
    );
    await expect(page.getByRole('button', { name: 'Edit trust policy' })).toHaveCount(0);
  });
});

test.describe('customer managed policy versions', () => {
  test('edits the policy into a new default version, sets the old one as default, and deletes a version', async ({
    page,
  }) => {
    await openApp(page, policyUrl('SupportEC2Describe'));
    await page.getByRole('button', { name: 'Edit policy SupportEC2Describe' }).click();
    const edit = dialog(page, 'Edit SupportEC2Describe');
    await pasteIntoEditor(page, edit.locator('.monaco-editor'), doc('Allow', 'ec2:DescribeInstances'));
    await expect(edit.getByRole('status')).toHaveText('No problems');
    await checkDialog(page, 'edit-policy');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toHaveCount(0);
    await page.getByRole('tab', { name: 'Policy versions (2)' }).click();
    const versions = page.getByRole('table', { name: 'Policy versions' });
    await expect(versions.getByRole('row', { name: /v2/ })).toContainText('Default');
    await page.getByRole('button', { name: 'Set v1 as default version' }).click();
    await expect(versions.getByRole('row', { name: /v1/ })).toContainText('Default');
    await shot(page, 'versions');
    await page.getByRole('button', { name: 'Delete version v2' }).click();
    await expect(page.getByRole('tab', { name: 'Policy versions (1)' })).toHaveCount(1);
    await expect(versions.getByRole('row', { name: /v2/ })).toHaveCount(0);
  });
});

test.describe('customer managed policy at five versions', () => {
  test('a sixth version is refused with LimitExceeded; deleting the oldest non-default version first makes room', async ({
    page,
  }) => {
    await seedScenario(page, (scenario) => {
      const policy = scenario.accounts.flatMap((a) => a.policies).find((p) => p.name === 'ShareManagers')!;
      const document = policy.versions[0]!.document;
      policy.versions.push(
        ...[2, 3, 4, 5].map((n) => ({ versionId: `v${n}`, document, createdAt: `2026-01-0${n + 4}T09:00:00Z` })),
      );
      policy.nextVersion = 6;
    });
    await openApp(page, policyUrl('ShareManagers'));
    await page.getByRole('button', { name: 'Edit policy ShareManagers' }).click();
    const edit = dialog(page, 'Edit ShareManagers');
    await pasteIntoEditor(page, edit.locator('.monaco-editor'), doc('Allow', 's3:ListBucket'));
    await expect(edit.getByRole('status')).toHaveText('No problems');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit.getByRole('alert')).toContainText('LimitExceeded');
    await edit.getByRole('checkbox', { name: /Delete the oldest version that is not the default \(v2\)/ }).check();
    await checkDialog(page, 'version-limit');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toHaveCount(0);
    await page.getByRole('tab', { name: 'Policy versions (5)' }).click();
    const versions = page.getByRole('table', { name: 'Policy versions' });
    await expect(versions.getByRole('row', { name: /v6/ })).toContainText('Default');
    await expect(versions.getByRole('row', { name: /v2/ })).toHaveCount(0);
  });

  test('attaches the policy to a user from its Entities attached tab and detaches it', async ({ page }) => {
    await openApp(page, policyUrl('ShareManagers'));
    await page.getByRole('tab', { name: /Entities attached/ }).click();
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    const attach = dialog(page, 'Attach ShareManagers');
    await attach.getByRole('group', { name: 'Users' }).getByRole('checkbox', { name: 'Mary' }).check();
    await checkDialog(page, 'attach-to-entities');
    await attach.getByRole('button', { name: 'Attach policy' }).click();
    await expect(attach).toHaveCount(0);
    const table = page.getByRole('table', { name: 'Entities attached' });
    await expect(table.getByRole('row', { name: /Mary/ })).toContainText(/User\s+Permissions policy/, {
      useInnerText: true,
    });
    await page.getByRole('button', { name: 'Detach ShareManagers from Mary' }).click();
    await confirmRemoval(
      dialog(page, 'Remove ShareManagers from Mary?'),
      /taken away from the user Mary/,
      'Remove policy',
    );
    await expect(table.getByRole('row', { name: /Mary/ })).toHaveCount(0);
  });
});

test.describe('tags', () => {
  test('adds a tag to a role and removes it', async ({ page }) => {
    await openApp(page, '#/roles/AppServer/tags');
    await page.getByRole('button', { name: 'Manage tags' }).click();
    const manage = dialog(page, 'Manage tags of AppServer');
    await manage.getByRole('button', { name: 'Add new tag' }).click();
    await manage.getByRole('textbox', { name: 'Key' }).fill('CostCenter');
    await manage.getByRole('textbox', { name: 'Value' }).fill('42');
    await checkDialog(page, 'tags-dialog');
    await manage.getByRole('button', { name: 'Save changes' }).click();
    await expect(manage).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Tags' })).toContainText(/CostCenter\s+42/, { useInnerText: true });
    await page.getByRole('button', { name: 'Manage tags' }).click();
    await manage.getByRole('button', { name: 'Remove tag 1' }).click();
    await manage.getByRole('button', { name: 'Save changes' }).click();
    await expect(main(page)).toContainText('No tags.');
    await expect(page.getByRole('tab', { name: 'Tags (0)' })).toHaveCount(1);
  });
});

test.describe('deleting', () => {
  test('deletes a user only once its name is typed, then it is gone from the list', async ({ page }) => {
    await openApp(page, '#/users/Shirley');
    await page.getByRole('button', { name: 'Delete user Shirley' }).click();
    const confirm = dialog(page, 'Delete Shirley?');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm.getByRole('alert')).toContainText('enter the user name Shirley');
    await confirm.getByRole('textbox', { name: 'To confirm deletion, enter the user name' }).fill('Shirley');
    await checkDialog(page, 'delete-user');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.locator('main h1')).toHaveText('Users');
    await expect(main(page).getByRole('link', { name: 'Shirley' })).toHaveCount(0);
  });

  test('a service-linked role cannot be deleted: the dialog shows the error', async ({ page }) => {
    await openApp(page, '#/roles/AWSServiceRoleForSupport');
    await page.getByRole('button', { name: 'Delete role AWSServiceRoleForSupport' }).click();
    const confirm = dialog(page, 'Delete AWSServiceRoleForSupport?');
    await confirm.getByRole('textbox', { name: /enter the role name/ }).fill('AWSServiceRoleForSupport');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm.getByRole('alert')).toContainText('UnmodifiableEntity');
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(page.locator('main h1')).toHaveText('AWSServiceRoleForSupport');
  });
});

test.describe('acting as a user without the permission', () => {
  test('attaching a policy as Richard is denied with AWS AccessDenied and its explanation', async ({ page }) => {
    await openApp(page);
    const menu = page.getByRole('button', { name: /^Identity menu/ });
    await menu.click();
    await page
      .getByRole('region', { name: 'Identity' })
      .getByRole('button', { name: 'IAM user Richard', exact: true })
      .click();
    await expect(menu).toHaveText('Richard @ example-corp');
    await openApp(page, '#/users/Mary/permissions');
    // Richard may not read Mary's page (no iam:GetUser): the learner's view shows it so he can try the action.
    await showPageAnyway(page);
    await page.getByRole('button', { name: 'Add permissions' }).click();
    const attach = dialog(page, 'Attach policies to Mary');
    await attach.getByRole('searchbox').fill('ReadOnlyAccess');
    await attach.getByRole('checkbox', { name: /^ReadOnlyAccess / }).check();
    await attach.getByRole('button', { name: 'Add permissions' }).click();
    const alert = attach.getByRole('alert');
    await expect(alert).toContainText(
      'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: iam:AttachUserPolicy on resource: arn:aws:iam::123456789012:user/Mary',
    );
    await alert.getByRole('button', { name: 'Why was this denied?' }).click();
    await expect(alert.getByRole('region', { name: 'Explanation' })).toHaveCount(1);
    await checkDialog(page, 'access-denied');
    await attach.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('region', { name: /Attached policies/ })).toContainText('No managed policies attached');
  });
});
