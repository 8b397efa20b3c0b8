// Every AWS managed policy in headless Chromium on Example Corp (acting as Nikki): the Policies page lists
// all of them in pages, a policy outside the bundled core set shows its document once the lazy chunk has
// loaded, one attached to a new user through the create-user wizard allows its actions in the simulator,
// and the policy editor imports one. axe runs on each new view; screenshots go to test-results/e2e/managed-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { SCREENSHOTS, openApp, seriousAxeViolations, useSitePage } from './harness';

let site: Site;
let page: Page;

useSitePage((s, p) => {
  site = s;
  page = p;
});

const SQS_FULL = 'arn:aws:iam::aws:policy/AmazonSQSFullAccess';
const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders';
const main = () => page.locator('main');
/** The main area's text; Monaco renders spaces as no-break spaces. */
const mainText = async () => (await main().innerText()).replace(/\u00a0/g, ' ');
const heading = () => page.locator('main h1');
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `managed-${name}.png`), fullPage: true });
/** The names of the users saved in IndexedDB (the app autosaves after each action). */
const savedUserNames = () =>
  page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('iam-playground');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('scenarios').objectStore('scenarios').getAll();
          all.onsuccess = () =>
            done(
              all.result.flatMap((r: { document: { accounts: { users: { name: string }[] }[] } }) =>
                r.document.accounts.flatMap((a) => a.users.map((u) => u.name)),
              ),
            );
        };
      }),
  );
/** Whether the page has fetched the chunk with the documents outside the core set (since the `since`th request). */
const documentsChunkLoaded = (since = 0) =>
  site
    .requests()
    .slice(since)
    .some((u) => /awsManagedPolicyDocuments[^/]*\.js$/.test(u));

describe('AWS managed policies', () => {
  it('the Policies page lists every AWS managed policy, 50 to a page, without loading their documents', async () => {
    await openApp(page, site, '#/policies');
    const count = await main().locator('h2 .count').first().innerText();
    expect(Number(count.replace(/\D/g, ''))).toBeGreaterThan(1500);
    const rows = main().locator('table tbody tr');
    expect(await rows.count()).toBe(50);
    const pager = page.getByRole('navigation', { name: 'Policies pages' });
    expect(await pager.innerText()).toMatch(/Page 1 of \d+ · 1–50 of \d{4}/);
    await pager.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => pager.innerText()).toMatch(/Page 2 of \d+ · 51–100 of/);
    expect(await rows.count()).toBe(50);
    await shot('1-policies-page-2');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(documentsChunkLoaded()).toBe(false);
  });

  it('a policy outside the core set shows its document once it has loaded', async () => {
    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('AmazonSQSFullAccess');
    await expect.poll(() => main().locator('table tbody tr').count()).toBe(1);
    await main().getByRole('link', { name: 'AmazonSQSFullAccess' }).click();
    await expect.poll(() => heading().textContent()).toBe('AmazonSQSFullAccess');
    await expect.poll(() => mainText()).toContain('SQS');
    expect(await mainText()).toContain(SQS_FULL);
    expect(documentsChunkLoaded()).toBe(true);
    await page.getByRole('button', { name: 'JSON' }).click();
    await expect.poll(() => mainText()).toContain('"sqs:*"');
    await shot('2-sqs-policy-document');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('attached to a new user through the create-user wizard, it allows sqs:SendMessage in the simulator', async () => {
    await openApp(page, site, '#/users/create');
    await page.getByRole('textbox', { name: 'User name' }).fill('Sam');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: /Attach policies directly/ }).check();
    const picker = page.getByRole('group', { name: 'Permissions policies' });
    await picker.getByRole('searchbox').fill('AmazonSQSFull');
    await picker.getByRole('checkbox', { name: /^AmazonSQSFullAccess / }).check();
    await shot('3-attach-in-wizard');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Create user' }).click();
    await openApp(page, site, '#/users/Sam');
    await expect.poll(() => mainText()).toContain('AmazonSQSFullAccess');
    // A fresh page once Sam is saved: the simulator itself must load the document it needs.
    await expect.poll(savedUserNames).toContain('Sam');
    await page.reload();
    await openApp(page, site, '#/simulator');
    await main().getByLabel('Identity', { exact: true }).selectOption({ label: 'Sam (example-corp)' });
    await main().getByLabel('Actions', { exact: true }).fill('sqs:SendMessage');
    await main().getByLabel('Resources', { exact: true }).fill(QUEUE);
    const fetchedBefore = site.requests().length;
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => page.getByTestId('decision').first().innerText()).toBe('Allowed');
    expect(documentsChunkLoaded(fetchedBefore)).toBe(true);
    expect(await page.getByTestId('decided-by').first().innerText()).toContain('AmazonSQSFullAccess');
    await shot('4-simulator-allowed');
  });

  it('the policy editor imports a policy outside the core set, found by its name', async () => {
    await page.reload();
    await openApp(page, site, '#/policies/create');
    await page.getByRole('searchbox', { name: 'Filter AWS managed policies by name' }).fill('sqsfull');
    const choice = page.getByRole('combobox', { name: 'AWS managed policy' });
    await choice.selectOption({ label: 'AmazonSQSFullAccess' });
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => mainText()).toContain('"sqs:*"');
    await shot('5-import');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
