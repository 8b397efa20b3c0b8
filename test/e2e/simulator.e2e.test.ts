// The explained simulator in headless Chromium, on the Example Corp scenario: a user and an action give
// the decision and AWS's message from the worker's engine; a Deny typed in the what-if policy flips the
// result to Explicitly denied, names the statement and highlights it in the policy; axe finds nothing
// serious; screenshots of each state are written to test-results/e2e/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { SCREENSHOTS, pasteIntoEditor, seriousAxeViolations, useSitePage } from './harness';

let site: Site;
let page: Page;

useSitePage((s, p) => {
  site = s;
  page = p;
});

const ZHANG = 'arn:aws:iam::123456789012:user/Zhang';
const OWN_FILE = 'arn:aws:s3:::aws-s3-bucket/home/Zhang/notes.txt';
const DENY =
  '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "NoReadsToday",\n      "Effect": "Deny",\n      "Action": "s3:GetObject",\n      "Resource": "*"\n    }\n  ]\n}';

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
/** The page's content, apart from the top bar (whose identity menu has its own "Identity" region). */
const main = () => page.locator('main');
const text = (testId: string) => page.getByTestId(testId).first().innerText();

/** Replaces the what-if editor's text. */
const pasteWhatIf = (policy: string) => pasteIntoEditor(page, page.locator('.sim-whatif .monaco-editor'), policy);

describe('the policy simulator', () => {
  it('allows Zhang to read a file in his own home folder, with the message and the statement that allows it', async () => {
    await page.goto(`${site.url}#/simulator`);
    await main().getByLabel('Identity', { exact: true }).selectOption({ label: 'Zhang (example-corp)' });
    await main().getByLabel('Actions', { exact: true }).fill('s3:GetObject');
    await main().getByLabel('Resources', { exact: true }).fill(OWN_FILE);
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => text('decision')).toBe('Allowed');
    expect(await text('message')).toBe(
      `User: ${ZHANG} is authorized to perform: s3:GetObject on resource: ${OWN_FILE}`,
    );
    expect(await text('decided-by')).toMatch(
      /^Allowed by: ReadWriteOwnHome in managed policy arn:aws:iam::123456789012:policy\/HomeDirectoryAccess/,
    );
    expect(await page.getByRole('status').filter({ hasText: 'WebAssembly' }).innerText()).toBe(
      'Evaluated by the WebAssembly engine in a Web Worker',
    );
    await page.locator('.sim-decisive-allow').first().waitFor();
    await shot('simulator-allowed');
  });

  it("implicitly denies another user's folder because no identity-based policy allows it", async () => {
    await main().getByLabel('Resources', { exact: true }).fill('arn:aws:s3:::aws-s3-bucket/home/Mary/plan.txt');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => text('decision')).toBe('Implicitly denied');
    expect(await text('message')).toBe(
      `User: ${ZHANG} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::aws-s3-bucket/home/Mary/plan.txt because no identity-based policy allows the s3:GetObject action`,
    );
    await main().getByLabel('Resources', { exact: true }).fill(OWN_FILE);
    await expect.poll(() => text('decision')).toBe('Allowed');
  });

  it('keeps the last results and says why while the what-if policy does not parse', async () => {
    await pasteWhatIf('{\n  "Statement": [');
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Not simulated' }).innerText())
      .toContain('what-if identity policy: line');
    expect(await text('decision')).toBe('Allowed');
  });

  it('flips to Explicitly denied, naming and highlighting the statement, when a Deny is typed in the what-if policy', async () => {
    await pasteWhatIf(DENY);
    await expect.poll(() => text('decision')).toBe('Explicitly denied');
    expect(await text('message')).toBe(
      `User: ${ZHANG} is not authorized to perform: s3:GetObject on resource: ${OWN_FILE} with an explicit deny in an identity-based policy`,
    );
    expect(await text('decided-by')).toBe('Denied by: NoReadsToday in what-if identity policy');
    const highlighted = page.getByTestId('decisive-policy').locator('.sim-decisive-deny');
    await highlighted.first().waitFor();
    expect(await page.getByTestId('decisive-policy').locator('.view-lines').innerText()).toContain('NoReadsToday');
    await shot('simulator-explicit-deny');
  });

  it('expands a wildcard action and lists one result per action', async () => {
    await main().getByLabel('Actions', { exact: true }).fill('s3:GetObjectT*');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    const rows = page.locator('.sim-results tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const actions = await page.locator('.sim-results tbody tr td:first-child').allInnerTexts();
    expect(actions).toContain('s3:GetObjectTagging');
    expect(actions.every((a) => a.startsWith('s3:GetObjectT'))).toBe(true);
  });

  it('calls out a context key that a policy tests but the request lacks, and uses a value given for it', async () => {
    await pasteWhatIf('{\n  "Version": "2012-10-17",\n  "Statement": []\n}');
    await main().getByLabel('Actions', { exact: true }).fill('s3:ListBucket');
    await main().getByLabel('Resources', { exact: true }).fill('arn:aws:s3:::aws-s3-bucket');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => text('decision')).toBe('Implicitly denied');
    const missing = page.getByRole('note');
    await expect.poll(() => missing.innerText()).toContain('s3:prefix');
    await main().getByLabel('Add a key').fill('s3:prefix');
    await main().getByLabel('Value', { exact: true }).fill('home/Zhang/');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => text('decision')).toBe('Allowed');
    await shot('simulator-context');
  });

  it('simulates an AWS service as an outside caller: only the resource-based policy can allow it', async () => {
    await page.getByRole('button', { name: 'Principal ARN' }).click();
    await main().getByLabel('Principal', { exact: true }).fill('sns.amazonaws.com');
    await main().getByLabel('Actions', { exact: true }).fill('sqs:SendMessage');
    await main().getByLabel('Resources', { exact: true }).fill('arn:aws:sqs:us-east-1:123456789012:order-events');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => text('decision')).toBe('Implicitly denied');
    await expect.poll(() => page.getByRole('note').innerText()).toContain('aws:SourceArn');
    await main().getByLabel('Add a key').fill('aws:SourceArn');
    await main().getByLabel('Value', { exact: true }).fill('arn:aws:sns:us-east-1:123456789012:order-updates');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => text('decision')).toBe('Allowed');
    expect(await text('decided-by')).toBe(
      'Allowed by: TopicMaySend in resource policy of arn:aws:sqs:us-east-1:123456789012:order-events',
    );
    await shot('simulator-service-principal');
  });

  it('re-evaluates with an edited copy of the decisive policy, and goes back when the edits are discarded', async () => {
    await page.getByRole('button', { name: 'From the scenario' }).click();
    await main().getByLabel('Identity', { exact: true }).selectOption({ label: 'Zhang (example-corp)' });
    await main().getByLabel('Actions', { exact: true }).fill('s3:GetObject');
    await main().getByLabel('Resources', { exact: true }).fill(OWN_FILE);
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => text('decision')).toBe('Allowed');
    await page.getByRole('button', { name: 'Edit this policy (what if)' }).click();
    const privateOnly = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'PrivateOnly',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::aws-s3-bucket/home/${aws:username}/private/*',
        },
      ],
    };
    await pasteIntoEditor(page, page.locator('.sim-source .monaco-editor'), JSON.stringify(privateOnly, null, 2));
    await expect.poll(() => text('decision')).toBe('Implicitly denied');
    await page.getByRole('button', { name: 'Discard edits' }).click();
    await expect.poll(() => text('decision')).toBe('Allowed');
  });

  it('runs from the keyboard: Tab from the resources reaches Run simulation, and Enter runs it', async () => {
    await main().getByLabel('Resources', { exact: true }).fill('arn:aws:s3:::aws-s3-bucket/home/Mary/plan.txt');
    await main().getByLabel('Resources', { exact: true }).focus();
    let focused = '';
    for (let i = 0; i < 5 && focused !== 'Run simulation'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Run simulation');
    await page.keyboard.press('Enter');
    await expect.poll(() => text('decision')).toBe('Implicitly denied');
  });

  it('has no serious or critical axe-core violations', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(site.pageErrors()).toEqual([]);
    expect(site.offsiteRequests()).toEqual([]);
  });
});
