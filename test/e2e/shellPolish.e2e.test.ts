// Review findings across the shell, in headless Chromium: the layout from 768 px up (identity menu inside
// the viewport, wide tables scroll in their panel), console search leading to a spot of the organization,
// the root user's disabled role history, and failed calls showing one alert with content.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CORP_ACCOUNT } from '../../src/model';
import type { Site } from './harness';
import {
  SCREENSHOTS,
  actAsIamUser,
  editStoredScenario,
  openApp,
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

const menuButton = () => page.getByRole('button', { name: /^Identity menu/ });
const identityPanel = () => page.getByRole('region', { name: 'Identity' });

describe('the layout from 768 px up', () => {
  it.each([
    [800, 900],
    [1280, 800],
  ])(
    'at %i×%i the identity menu is inside the viewport and the Users table scrolls to its last column',
    async (width, height) => {
      await page.setViewportSize({ width, height });
      await openApp(page, site, '#/users');
      // Nothing makes the page itself wider than the window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await menuButton().click();
      const panel = (await identityPanel().boundingBox())!;
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.y).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(width);
      expect(panel.y + panel.height).toBeLessThanOrEqual(height);
      await page.screenshot({ path: join(SCREENSHOTS, `layout-identity-menu-${width}.png`) });
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
      expect(
        await region
          .getByRole('cell', { name: /^2026-/ })
          .first()
          .isVisible(),
      ).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `layout-users-${width}.png`) });
      expect(await seriousAxeViolations(page)).toEqual([]);
    },
  );

  it('keeps the account and acting-identity labels for screen readers when the top bar condenses', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    await openApp(page, site, '#/dashboard');
    const identity = page.locator('header .identity');
    expect(await identity.locator('dt').allTextContents()).toEqual(['Account', 'Acting as']);
    // Visually hidden: clipped to a point, so the bar has room for the names themselves.
    for (const dt of await identity.locator('dt').all()) expect((await dt.boundingBox())!.width).toBeLessThanOrEqual(1);
    expect(await identity.getByText('example-corp', { exact: true }).isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

describe('console search over the organization', () => {
  it('"Engineering" and "ProtectAuditTrail" lead to the OU and the opened SCP on the Organization page', async () => {
    await openApp(page, site, '#/dashboard');
    const box = page.getByRole('searchbox', { name: 'Search the console' });
    await box.fill('Engineering');
    const ou = page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: /^Engineering\s+Organizational unit/ });
    await ou.click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Organization');
    const marked = page.locator('main [aria-current="location"]');
    await expect.poll(() => marked.textContent()).toMatch(/^OU Engineering/);

    await box.fill('ProtectAuditTrail');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: /^ProtectAuditTrail\s+Service control policy/ })
      .click();
    const policy = page.locator('main details', { hasText: 'ProtectAuditTrail' });
    await expect.poll(() => policy.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect
      .poll(() => policy.getByRole('group', { name: 'Policy ProtectAuditTrail: view' }).isVisible())
      .toBe(true);
    // Scrolled to: the marked policy is within the window.
    await expect
      .poll(async () => {
        const spot = (await marked.boundingBox())!;
        return spot.y >= 0 && spot.y + spot.height <= page.viewportSize()!.height;
      })
      .toBe(true);
    expect(await marked.textContent()).toMatch(/^ProtectAuditTrail/);
    await page.screenshot({ path: join(SCREENSHOTS, 'search-organization-scp.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('the root user and Switch role', () => {
  it('shows the role history to the root user disabled, with the reason', async () => {
    await editStoredScenario(page, (document) => {
      document.session.identity = { type: 'root', accountId: EXAMPLE_CORP_ACCOUNT };
      document.session.recentRoles = [
        { accountId: EXAMPLE_CORP_ACCOUNT, roleName: 'SecurityAuditor', displayName: 'Auditor', color: 'green' },
      ];
    });
    await menuButton().click();
    const reason = identityPanel().getByText('You cannot switch to a role when you sign in as the root user.');
    expect(await reason.isVisible()).toBe(true);
    const history = identityPanel().getByRole('button', { name: /^Auditor/ });
    expect(await history.isDisabled()).toBe(true);
    expect(await identityPanel().getByRole('button', { name: 'Switch role' }).isDisabled()).toBe(true);
    expect(await history.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
    await page.screenshot({ path: join(SCREENSHOTS, 'root-role-history.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it("still refuses with the API's message when the root user opens a switch-role link", async () => {
    await page.goto(`${site.url}#/switchrole?account=${EXAMPLE_CORP_ACCOUNT}&roleName=SecurityAuditor`);
    const dialog = page.getByRole('dialog', { name: 'Switch role' });
    await dialog.getByRole('button', { name: 'Switch role' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').innerText())
      .toContain('You cannot switch to a role when you sign in as the AWS account root user.');
    expect(await menuButton().innerText()).toBe('root @ example-corp');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('alerts after a failed call', () => {
  it('a denied call shows one alert, and every alert on the page has content', async () => {
    await openApp(page, site, '#/dashboard');
    await actAsIamUser(page, 'Zhang', false);
    await openApp(page, site, '#/users/Mary/groups');
    // Zhang may not read Mary's page: the learner's view shows it so he can try the action.
    await showPageAnyway(page);
    await page.locator('main').getByRole('button', { name: 'Add user to groups' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add user to groups' });
    await dialog.getByRole('checkbox', { name: 'Admins', exact: true }).check();
    await dialog.getByRole('button', { name: 'Add user to groups' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Access denied' }).count()).toBe(1);
    // Monaco's screen-reader announcer keeps two live regions in the page once the editor has loaded;
    // they must exist empty before an announcement, so only the app's own alerts are held to this.
    const texts = await page.locator('[role="alert"]:not(.monaco-alert)').allInnerTexts();
    expect(texts.length).toBe(1);
    expect(texts.every((t) => t.trim().length > 0)).toBe(true);
  });
});
