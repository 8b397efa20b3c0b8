// Console search in headless Chromium: find a user by name and a user by a full access key id, follow
// the links by keyboard and by mouse, follow a task phrase to the right tab, and pass axe with results open.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, screenshot, seedScenario, seriousAxeViolations } from './harness';

const KEY = 'AKIAIOSFODNN7EXAMPLE';

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the console' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('link');
const heading = (page: Page) => page.locator('main h1');

test.describe('console search', () => {
  test('is focused with Alt+S, finds a user by name, and ArrowDown then Enter follows the link', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('Alt+S');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('mary');
    await expect(results(page).first()).toHaveText(/^Mary\s+User$/, { useInnerText: true });
    await screenshot(page, 'search-user', { fullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/users\/Mary$/);
    await expect(heading(page)).toHaveText('Mary');
    await expect(results(page)).toHaveCount(0);
  });

  test('leads from a full access key id to the security credentials of the user who owns it', async ({ page }) => {
    // Mary gets an access key, as "Create access key" would give her.
    await seedScenario(page, (document) => {
      const mary = document.accounts.flatMap((a) => a.users).find((u) => u.name === 'Mary')!;
      mary.accessKeys = [{ id: KEY, status: 'Active', createdAt: '2026-01-02T00:00:00Z', lastUsed: null }];
    });
    await box(page).fill(KEY);
    await expect(results(page)).toContainText('Access key of user Mary');
    await results(page).first().click();
    await expect(page).toHaveURL(/#\/users\/Mary\/credentials$/);
    await expect(page.getByRole('tab', { selected: true })).toHaveText('Security credentials');
  });

  test('follows a task phrase to the right tab with Enter in the box', async ({ page }) => {
    await openApp(page);
    await box(page).fill('edit trust policy for role AppServer');
    await expect(results(page).first()).toContainText('Edit trust policy for role AppServer');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/#\/roles\/AppServer\/trust$/);
    await expect(page.getByRole('tab', { selected: true })).toHaveText('Trust relationships');
    await screenshot(page, 'search-task', { fullPage: false });
  });

  test('a task that leads to the page already shown starts it afresh (a new Create user wizard, not the half-filled one)', async ({
    page,
  }) => {
    await openApp(page, '#/users/create');
    await page.getByRole('textbox', { name: 'User name' }).fill('half-typed');
    await box(page).fill('create user');
    await expect(results(page).first()).toHaveText(/^Create user/);
    await box(page).press('Enter');
    await expect(page.getByRole('textbox', { name: 'User name' })).toHaveValue('');
    await expect(page).toHaveURL(/#\/users\/create$/);
  });

  test('says so when nothing matches, and Escape closes the results', async ({ page }) => {
    await openApp(page);
    await box(page).fill('zzzz-nothing');
    await expect(page.locator('.search-empty')).toContainText('No results');
    await box(page).press('Escape');
    await expect(page.locator('.search-results')).toBeHidden();
  });
});
