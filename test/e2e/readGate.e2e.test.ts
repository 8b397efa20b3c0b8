// Pages authorized as the acting identity, in headless Chromium: Richard (group Test, ViewOnlyAccess:
// iam:List*) sees the user list but a user's page is refused with AWS's AccessDenied for iam:GetUser and
// its explanation; the learner's view shows the page anyway, marked, until he turns it off or the acting
// identity changes; an administrator sees the same page without any of it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { actAsIamUser, openApp, screenshot, seriousAxeViolations } from './harness';

const main = (page: Page) => page.getByRole('main');
const heading = (page: Page) => main(page).getByRole('heading', { level: 1 });
const denied = (page: Page) => main(page).getByRole('alert').filter({ hasText: 'Access denied' });
const learnerNote = (page: Page) => main(page).getByRole('note').filter({ hasText: "Learner's view" });
const detailTabs = (page: Page) => main(page).getByRole('tablist', { name: 'User details' });
const showAnyway = (page: Page) => main(page).getByRole('button', { name: "Show pages anyway (learner's view)" });

/** Acting as Richard, opens a page he may not read and waits for its denial. */
async function richardOn(page: Page, route: string) {
  await openApp(page);
  await actAsIamUser(page, 'Richard', false);
  await openApp(page, route);
  await expect(denied(page)).toHaveCount(1);
}

test.describe('pages authorized as the acting identity', () => {
  test('Richard may list users (iam:List*) but is refused Nikki’s page with AWS’s AccessDenied for iam:GetUser', async ({
    page,
  }) => {
    await openApp(page);
    await actAsIamUser(page, 'Richard', false);
    await openApp(page, '#/users');
    await main(page).getByRole('link', { name: 'Nikki', exact: true }).click();
    await expect(denied(page)).toContainText(
      'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: iam:GetUser on resource: arn:aws:iam::123456789012:user/Nikki because no identity-based policy allows the iam:GetUser action',
    );
    await expect(heading(page)).toHaveText('Nikki');
    // The shell moves focus to the new page's heading once the page (here its denial) is shown.
    await expect(heading(page)).toBeFocused();
    await expect(detailTabs(page)).toHaveCount(0);
    await denied(page).getByRole('button', { name: 'Why was this denied?' }).click();
    await expect(denied(page).getByRole('region', { name: 'Explanation' })).toContainText(
      /identity-based policy\s*no statement allows\s*decides/,
      { useInnerText: true },
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'read-gate-denied');
  });

  test("the learner's view shows the page, marked, on every page Richard could not see, until he turns it off", async ({
    page,
  }) => {
    await richardOn(page, '#/users/Nikki');
    await showAnyway(page).click();
    await detailTabs(page).waitFor();
    await expect(learnerNote(page)).toContainText('In AWS, Richard could not see this page: iam:GetUser is denied.');
    // The pressed button is gone: focus moves to the note that replaced it, not to the body.
    await expect(learnerNote(page)).toBeFocused();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'read-gate-learner-view');
    // Another page he may not read: shown, with the note naming its own call.
    await openApp(page, '#/roles/SecurityAuditor');
    await expect(learnerNote(page)).toContainText('iam:GetRole is denied');
    await expect(main(page).getByRole('tablist', { name: 'Role details' })).toHaveCount(1);
    // A page he may read carries no note.
    await openApp(page, '#/roles');
    await expect(learnerNote(page)).toHaveCount(0);
    await openApp(page, '#/roles/SecurityAuditor');
    await learnerNote(page).getByRole('button', { name: 'Hide pages Richard cannot see' }).click();
    await expect(denied(page)).toContainText('is not authorized to perform: iam:GetRole');
    await expect(showAnyway(page)).toBeFocused();
  });

  test('an administrator sees the page with no note, and the learner’s view does not carry over to another identity', async ({
    page,
  }) => {
    await richardOn(page, '#/roles/SecurityAuditor');
    await showAnyway(page).click();
    await learnerNote(page).waitFor();
    await actAsIamUser(page, 'Nikki', true);
    await expect(main(page).getByRole('tablist', { name: 'Role details' })).toHaveCount(1);
    await expect(learnerNote(page)).toHaveCount(0);
    await expect(denied(page)).toHaveCount(0);
    await actAsIamUser(page, 'Richard', false);
    await expect(denied(page)).toHaveCount(1);
  });

  test('the IAM dashboard refused for want of iam:GetAccountSummary keeps the page’s own title, IAM dashboard', async ({
    page,
  }) => {
    await openApp(page);
    await actAsIamUser(page, 'Zhang', false);
    await openApp(page, '#/dashboard');
    await expect(denied(page)).toContainText('is not authorized to perform: iam:GetAccountSummary');
    await expect(heading(page)).toHaveText('IAM dashboard');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'read-gate-dashboard-denied');
  });
});
