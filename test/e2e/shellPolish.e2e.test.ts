// Review findings across the shell, in headless Chromium: the layout from 768 px up (identity menu inside
// the viewport, wide tables scroll in their panel), console search leading to a spot of the organization,
// the root user's disabled role history, and failed calls showing one alert with content.
import type { Page } from '@playwright/test';
import { EXAMPLE_CORP_ACCOUNT } from '../../src/model/exampleCorp';
import { expect, test } from './fixtures';
import {
  actAsIamUser,
  identityMenu,
  openApp,
  screenshot,
  seedScenario,
  seriousAxeViolations,
  showPageAnyway,
} from './harness';

const identityPanel = (page: Page) => page.getByRole('region', { name: 'Identity' });

/** Signs in as Example Corp's root user, with SecurityAuditor (as "Auditor") in the role history. */
const seedRootWithRoleHistory = (page: Page) =>
  seedScenario(page, (document) => {
    document.session.identity = { type: 'root', accountId: EXAMPLE_CORP_ACCOUNT };
    document.session.recentRoles = [
      { accountId: EXAMPLE_CORP_ACCOUNT, roleName: 'SecurityAuditor', displayName: 'Auditor', color: 'green' },
    ];
  });

test.describe('the layout from 768 px up', () => {
  for (const [width, height] of [
    [800, 900],
    [1280, 800],
  ]) {
    test(`at ${width}×${height} the identity menu is inside the viewport and the Users table scrolls to its last column`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await openApp(page, '#/users');
      // Nothing makes the page itself wider than the window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await identityMenu(page).click();
      await expect(identityPanel(page)).toBeVisible();
      const panel = (await identityPanel(page).boundingBox())!;
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.y).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(width);
      expect(panel.y + panel.height).toBeLessThanOrEqual(height);
      await screenshot(page, `layout-identity-menu-${width}`, { fullPage: false });
      await page.keyboard.press('Escape');

      // The table scrolls inside its panel: the region takes focus and the keyboard brings the last column in.
      const region = page.getByRole('region', { name: 'Users table' });
      await region.focus();
      for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
      const lastHeader = region.getByRole('columnheader', { name: /Created/ });
      await expect
        .poll(async () => {
          const [cell, frame] = await Promise.all([lastHeader.boundingBox(), region.boundingBox()]);
          return cell!.x + cell!.width <= frame!.x + frame!.width + 1 && cell!.x >= frame!.x - 1;
        })
        .toBe(true);
      await expect(region.getByRole('cell', { name: /^2026-/ }).first()).toBeVisible();
      await screenshot(page, `layout-users-${width}`, { fullPage: false });
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }

  test('keeps the account and acting-identity labels for screen readers when the top bar condenses', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await openApp(page, '#/dashboard');
    const identity = page.locator('header .identity');
    await expect(identity.locator('dt')).toHaveText(['Account', 'Acting as']);
    // Visually hidden: clipped to a point, so the bar has room for the names themselves.
    for (const dt of await identity.locator('dt').all()) expect((await dt.boundingBox())!.width).toBeLessThanOrEqual(1);
    await expect(identity.getByText('example-corp', { exact: true })).toBeVisible();
  });
});

test.describe('console search over the organization', () => {
  test('"Engineering" and "ProtectAuditTrail" lead to the OU and the opened SCP on the Organization page', async ({
    page,
  }) => {
    await openApp(page, '#/dashboard');
    const box = page.getByRole('searchbox', { name: 'Search the console' });
    await box.fill('Engineering');
    const ou = page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: /^Engineering\s+Organizational unit/ });
    await ou.click();
    await expect(page.locator('main h1')).toHaveText('Organization');
    const marked = page.locator('main [aria-current="location"]');
    await expect(marked).toHaveText(/^OU Engineering/);

    await box.fill('ProtectAuditTrail');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: /^ProtectAuditTrail\s+Service control policy/ })
      .click();
    const policy = page.locator('main details', { hasText: 'ProtectAuditTrail' });
    await expect(policy).toHaveJSProperty('open', true);
    await expect(policy.getByRole('group', { name: 'Policy ProtectAuditTrail: view' })).toBeVisible();
    // Scrolled to: the marked policy is within the window.
    await expect
      .poll(async () => {
        const spot = (await marked.boundingBox())!;
        return spot.y >= 0 && spot.y + spot.height <= page.viewportSize()!.height;
      })
      .toBe(true);
    await expect(marked).toHaveText(/^ProtectAuditTrail/);
    await screenshot(page, 'search-organization-scp', { fullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test.describe('the root user and Switch role', () => {
  test('shows the role history to the root user disabled, with the reason', async ({ page }) => {
    await seedRootWithRoleHistory(page);
    await identityMenu(page).click();
    const reason = identityPanel(page).getByText('You cannot switch to a role when you sign in as the root user.');
    await expect(reason).toBeVisible();
    const history = identityPanel(page).getByRole('button', { name: /^Auditor/ });
    await expect(history).toBeDisabled();
    await expect(identityPanel(page).getByRole('button', { name: 'Switch role' })).toBeDisabled();
    await expect(history).toHaveAttribute('aria-describedby', (await reason.getAttribute('id'))!);
    await screenshot(page, 'root-role-history', { fullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test("still refuses with the API's message when the root user opens a switch-role link", async ({ page }) => {
    await seedRootWithRoleHistory(page);
    await openApp(page, `#/switchrole?account=${EXAMPLE_CORP_ACCOUNT}&roleName=SecurityAuditor`);
    const dialog = page.getByRole('dialog', { name: 'Switch role' });
    await dialog.getByRole('button', { name: 'Switch role' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'You cannot switch to a role when you sign in as the AWS account root user.',
    );
    await expect(identityMenu(page)).toHaveText('root @ example-corp');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});

test.describe('alerts after a failed call', () => {
  test('a denied call shows one alert, and every alert on the page has content', async ({ page }) => {
    await openApp(page, '#/dashboard');
    await actAsIamUser(page, 'Zhang', false);
    await openApp(page, '#/users/Mary/groups');
    // Zhang may not read Mary's page: the learner's view shows it so he can try the action.
    await showPageAnyway(page);
    await page.locator('main').getByRole('button', { name: 'Add user to groups' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add user to groups' });
    await dialog.getByRole('checkbox', { name: 'Admins', exact: true }).check();
    await dialog.getByRole('button', { name: 'Add user to groups' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Access denied' })).toHaveCount(1);
    // Monaco's screen-reader announcer keeps two live regions in the page once the editor has loaded;
    // they must exist empty before an announcement, so only the app's own alerts are held to this.
    const texts = await page.locator('[role="alert"]:not(.monaco-alert)').allInnerTexts();
    expect(texts.length).toBe(1);
    expect(texts.every((t) => t.trim().length > 0)).toBe(true);
  });
});
