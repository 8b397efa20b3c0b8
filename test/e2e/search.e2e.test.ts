// Console search in headless Chromium: find a user by name and a user by a full access key id, follow
// the links by keyboard and by mouse, follow a task phrase to the right tab, and pass axe with results open.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { SCREENSHOTS, editStoredScenario, seriousAxeViolations, useSitePage } from './harness';

const KEY = 'AKIAIOSFODNN7EXAMPLE';

let site: Site;
let page: Page;

useSitePage(async (s, p) => {
  site = s;
  page = p;
  // Mary gets an access key, as "Create access key" would give her.
  await editStoredScenario(page, (document) => {
    const mary = document.accounts.flatMap((a) => a.users).find((u) => u.name === 'Mary')!;
    mary.accessKeys = [{ id: KEY, status: 'Active', createdAt: '2026-01-02T00:00:00Z', lastUsed: null }];
  });
});

const box = () => page.getByRole('searchbox', { name: 'Search the console' });
const results = () => page.getByRole('list', { name: 'Search results' }).getByRole('link');
const heading = () => page.locator('main h1');
const hash = () => new URL(page.url()).hash;

describe('console search', () => {
  it('is focused with Alt+S, finds a user by name, and ArrowDown then Enter follows the link', async () => {
    await page.keyboard.press('Alt+S');
    expect(await box().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('mary');
    await expect.poll(() => results().first().innerText()).toMatch(/^Mary\s+User$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'search-user.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(hash).toBe('#/users/Mary');
    await expect.poll(() => heading().textContent()).toBe('Mary');
    await expect.poll(() => results().count()).toBe(0);
  });

  it('leads from a full access key id to the security credentials of the user who owns it', async () => {
    await box().fill(KEY);
    await expect.poll(() => results().innerText()).toContain('Access key of user Mary');
    await results().first().click();
    await expect.poll(hash).toBe('#/users/Mary/credentials');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Security credentials');
  });

  it('follows a task phrase to the right tab with Enter in the box', async () => {
    await box().fill('edit trust policy for role AppServer');
    await expect.poll(() => results().first().innerText()).toContain('Edit trust policy for role AppServer');
    await box().press('Enter');
    await expect.poll(hash).toBe('#/roles/AppServer/trust');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Trust relationships');
    await page.screenshot({ path: join(SCREENSHOTS, 'search-task.png') });
  });

  it('a task that leads to the page already shown starts it afresh (a new Create user wizard, not the half-filled one)', async () => {
    await page.goto(`${site.url}#/users/create`);
    await page.getByRole('textbox', { name: 'User name' }).fill('half-typed');
    await box().fill('create user');
    await expect.poll(() => results().first().innerText()).toMatch(/^Create user/);
    await box().press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'User name' }).inputValue()).toBe('');
    expect(hash()).toBe('#/users/create');
  });

  it('says so when nothing matches, and Escape closes the results', async () => {
    await box().fill('zzzz-nothing');
    await expect.poll(() => page.locator('.search-empty').innerText()).toContain('No results');
    await box().press('Escape');
    await expect.poll(() => page.locator('.search-results').isVisible()).toBe(false);
    expect(site.pageErrors()).toEqual([]);
  });
});
