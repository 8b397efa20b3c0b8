// Every AWS managed policy in headless Chromium on Example Corp (acting as Nikki): the Policies page lists
// all of them in pages, a policy outside the bundled core set shows its document once the lazy chunk has
// loaded, one attached to a new user through the create-user wizard allows its actions in the simulator,
// and the policy editor imports one. axe runs on each new view; screenshots go to test-results/e2e/managed-*.png.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, screenshot, seriousAxeViolations, storedScenarios } from './harness';

const SQS_FULL = 'arn:aws:iam::aws:policy/AmazonSQSFullAccess';
const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders';
const main = (page: Page) => page.locator('main');
/** The main area's text; Monaco renders spaces as no-break spaces. */
const mainText = async (page: Page) => (await main(page).innerText()).replace(/\u00a0/g, ' ');
const heading = (page: Page) => page.locator('main h1');
const shot = (page: Page, name: string) => screenshot(page, `managed-${name}`);
/** The names of the users saved in IndexedDB (the app autosaves after each action). */
const savedUserNames = async (page: Page) =>
  (await storedScenarios(page)).flatMap((r) => r.document.accounts.flatMap((a) => a.users.map((u) => u.name)));
/** Whether the page has fetched the chunk with the documents outside the core set (in `requests`). */
const documentsChunkLoaded = (requests: string[]) =>
  requests.some((u) => /awsManagedPolicyDocuments[^/]*\.js$/.test(u));

test.describe('AWS managed policies', () => {
  test('the Policies page lists every AWS managed policy, 50 to a page, without loading their documents', async ({
    page,
    site,
  }) => {
    await openApp(page, '#/policies');
    const count = await main(page).locator('h2 .count').first().innerText();
    expect(Number(count.replace(/\D/g, ''))).toBeGreaterThan(1500);
    const rows = main(page).locator('table tbody tr');
    await expect(rows).toHaveCount(50);
    const pager = page.getByRole('navigation', { name: 'Policies pages' });
    await expect(pager).toContainText(/Page 1 of \d+ · 1–50 of \d{4}/, { useInnerText: true });
    await pager.getByRole('button', { name: 'Next page' }).click();
    await expect(pager).toContainText(/Page 2 of \d+ · 51–100 of/, { useInnerText: true });
    await expect(rows).toHaveCount(50);
    await shot(page, '1-policies-page-2');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(documentsChunkLoaded(site.requests())).toBe(false);
  });

  test('a policy outside the core set shows its document once it has loaded', async ({ page, site }) => {
    await openApp(page, '#/policies');
    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('AmazonSQSFullAccess');
    await expect(main(page).locator('table tbody tr')).toHaveCount(1);
    await main(page).getByRole('link', { name: 'AmazonSQSFullAccess' }).click();
    await expect(heading(page)).toHaveText('AmazonSQSFullAccess');
    await expect.poll(() => mainText(page)).toContain('SQS');
    expect(await mainText(page)).toContain(SQS_FULL);
    expect(documentsChunkLoaded(site.requests())).toBe(true);
    await page.getByRole('button', { name: 'JSON' }).click();
    await expect.poll(() => mainText(page)).toContain('"sqs:*"');
    await shot(page, '2-sqs-policy-document');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('attached to a new user through the create-user wizard, it allows sqs:SendMessage in the simulator', async ({
    page,
    site,
  }) => {
    await openApp(page, '#/users/create');
    await page.getByRole('textbox', { name: 'User name' }).fill('Sam');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: /Attach policies directly/ }).check();
    const picker = page.getByRole('group', { name: 'Permissions policies' });
    await picker.getByRole('searchbox').fill('AmazonSQSFull');
    await picker.getByRole('checkbox', { name: /^AmazonSQSFullAccess / }).check();
    await shot(page, '3-attach-in-wizard');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Create user' }).click();
    await openApp(page, '#/users/Sam');
    await expect.poll(() => mainText(page)).toContain('AmazonSQSFullAccess');
    // A fresh page once Sam is saved: the simulator itself must load the document it needs.
    await expect.poll(() => savedUserNames(page)).toContain('Sam');
    await page.reload();
    await openApp(page, '#/simulator');
    await main(page).getByLabel('Identity', { exact: true }).selectOption({ label: 'Sam (example-corp)' });
    await main(page).getByLabel('Actions', { exact: true }).fill('sqs:SendMessage');
    await main(page).getByLabel('Resources', { exact: true }).fill(QUEUE);
    const fetchedBefore = site.requests().length;
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect(page.getByTestId('decision').first()).toHaveText('Allowed');
    expect(documentsChunkLoaded(site.requests().slice(fetchedBefore))).toBe(true);
    await expect(page.getByTestId('decided-by').first()).toContainText('AmazonSQSFullAccess');
    await shot(page, '4-simulator-allowed');
  });

  test('the policy editor imports a policy outside the core set, found by its name', async ({ page }) => {
    await openApp(page, '#/policies/create');
    await page.getByRole('searchbox', { name: 'Filter AWS managed policies by name' }).fill('sqsfull');
    const choice = page.getByRole('combobox', { name: 'AWS managed policy' });
    await choice.selectOption({ label: 'AmazonSQSFullAccess' });
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => mainText(page)).toContain('"sqs:*"');
    await shot(page, '5-import');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
