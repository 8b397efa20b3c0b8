// The explained simulator in headless Chromium, on the Example Corp scenario: a user and an action give
// the decision and AWS's message from the worker's engine; a Deny typed in the what-if policy flips the
// result to Explicitly denied, names the statement and highlights it in the policy; axe finds nothing
// serious; screenshots of each state are written to test-results/e2e/.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, pasteIntoEditor, screenshot, seriousAxeViolations } from './harness';

const ZHANG = 'arn:aws:iam::123456789012:user/Zhang';
const OWN_FILE = 'arn:aws:s3:::aws-s3-bucket/home/Zhang/notes.txt';
const MARYS_FILE = 'arn:aws:s3:::aws-s3-bucket/home/Mary/plan.txt';
const DENY =
  '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "NoReadsToday",\n      "Effect": "Deny",\n      "Action": "s3:GetObject",\n      "Resource": "*"\n    }\n  ]\n}';

/** The page's content, apart from the top bar (whose identity menu has its own "Identity" region). */
const main = (page: Page) => page.locator('main');
const field = (page: Page, label: string) => main(page).getByLabel(label, { exact: true });
const shown = (page: Page, testId: string) => page.getByTestId(testId).first();
const run = (page: Page) => page.getByRole('button', { name: 'Run simulation' }).click();

/** Replaces the what-if editor's text. */
const pasteWhatIf = (page: Page, policy: string) =>
  pasteIntoEditor(page, page.locator('.sim-whatif .monaco-editor'), policy);

/** Simulates Zhang reading a file in his own home folder, which his managed policy allows. */
async function zhangReadsOwnFile(page: Page) {
  await openApp(page, '#/simulator');
  await field(page, 'Identity').selectOption({ label: 'Zhang (example-corp)' });
  await field(page, 'Actions').fill('s3:GetObject');
  await field(page, 'Resources').fill(OWN_FILE);
  await run(page);
  await expect(shown(page, 'decision')).toHaveText('Allowed');
}

test.describe('the policy simulator', () => {
  test('allows Zhang to read a file in his own home folder, with the message and the statement that allows it', async ({
    page,
  }) => {
    await zhangReadsOwnFile(page);
    await expect(shown(page, 'message')).toHaveText(
      `User: ${ZHANG} is authorized to perform: s3:GetObject on resource: ${OWN_FILE}`,
    );
    await expect(shown(page, 'decided-by')).toHaveText(
      /^Allowed by: ReadWriteOwnHome in managed policy arn:aws:iam::123456789012:policy\/HomeDirectoryAccess/,
    );
    await expect(page.getByRole('status').filter({ hasText: 'WebAssembly' })).toHaveText(
      'Evaluated by the WebAssembly engine in a Web Worker',
    );
    await page.locator('.sim-decisive-allow').first().waitFor();
    await screenshot(page, 'simulator-allowed');
  });

  test("implicitly denies another user's folder because no identity-based policy allows it", async ({ page }) => {
    await zhangReadsOwnFile(page);
    await field(page, 'Resources').fill(MARYS_FILE);
    await run(page);
    await expect(shown(page, 'decision')).toHaveText('Implicitly denied');
    await expect(shown(page, 'message')).toHaveText(
      `User: ${ZHANG} is not authorized to perform: s3:GetObject on resource: ${MARYS_FILE} because no identity-based policy allows the s3:GetObject action`,
    );
    await field(page, 'Resources').fill(OWN_FILE);
    await expect(shown(page, 'decision')).toHaveText('Allowed');
  });

  test('keeps the last results and says why while the what-if policy does not parse', async ({ page }) => {
    await zhangReadsOwnFile(page);
    await pasteWhatIf(page, '{\n  "Statement": [');
    await expect(page.getByRole('alert').filter({ hasText: 'Not simulated' })).toContainText(
      'what-if identity policy: line',
    );
    await expect(shown(page, 'decision')).toHaveText('Allowed');
  });

  test('flips to Explicitly denied, naming and highlighting the statement, when a Deny is typed in the what-if policy', async ({
    page,
  }) => {
    await zhangReadsOwnFile(page);
    await pasteWhatIf(page, DENY);
    await expect(shown(page, 'decision')).toHaveText('Explicitly denied');
    await expect(shown(page, 'message')).toHaveText(
      `User: ${ZHANG} is not authorized to perform: s3:GetObject on resource: ${OWN_FILE} with an explicit deny in an identity-based policy`,
    );
    await expect(shown(page, 'decided-by')).toHaveText('Denied by: NoReadsToday in what-if identity policy');
    const highlighted = page.getByTestId('decisive-policy').locator('.sim-decisive-deny');
    await highlighted.first().waitFor();
    await expect(page.getByTestId('decisive-policy').locator('.view-lines')).toContainText('NoReadsToday');
    await screenshot(page, 'simulator-explicit-deny');
  });

  test('expands a wildcard action and lists one result per action', async ({ page }) => {
    await zhangReadsOwnFile(page);
    await field(page, 'Actions').fill('s3:GetObjectT*');
    await run(page);
    const rows = page.locator('.sim-results tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const actions = await page.locator('.sim-results tbody tr td:first-child').allInnerTexts();
    expect(actions).toContain('s3:GetObjectTagging');
    expect(actions.every((a) => a.startsWith('s3:GetObjectT'))).toBe(true);
  });

  test('calls out a context key that a policy tests but the request lacks, and uses a value given for it', async ({
    page,
  }) => {
    await zhangReadsOwnFile(page);
    await pasteWhatIf(page, '{\n  "Version": "2012-10-17",\n  "Statement": []\n}');
    await field(page, 'Actions').fill('s3:ListBucket');
    await field(page, 'Resources').fill('arn:aws:s3:::aws-s3-bucket');
    await run(page);
    await expect(shown(page, 'decision')).toHaveText('Implicitly denied');
    await expect(page.getByRole('note')).toContainText('s3:prefix');
    await main(page).getByLabel('Add a key').fill('s3:prefix');
    await field(page, 'Value').fill('home/Zhang/');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(shown(page, 'decision')).toHaveText('Allowed');
    await screenshot(page, 'simulator-context');
  });

  test('simulates an AWS service as an outside caller: only the resource-based policy can allow it', async ({
    page,
  }) => {
    await openApp(page, '#/simulator');
    await page.getByRole('button', { name: 'Principal ARN' }).click();
    await field(page, 'Principal').fill('sns.amazonaws.com');
    await field(page, 'Actions').fill('sqs:SendMessage');
    await field(page, 'Resources').fill('arn:aws:sqs:us-east-1:123456789012:order-events');
    await run(page);
    await expect(shown(page, 'decision')).toHaveText('Implicitly denied');
    await expect(page.getByRole('note')).toContainText('aws:SourceArn');
    await main(page).getByLabel('Add a key').fill('aws:SourceArn');
    await field(page, 'Value').fill('arn:aws:sns:us-east-1:123456789012:order-updates');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(shown(page, 'decision')).toHaveText('Allowed');
    await expect(shown(page, 'decided-by')).toHaveText(
      'Allowed by: TopicMaySend in resource policy of arn:aws:sqs:us-east-1:123456789012:order-events',
    );
    await screenshot(page, 'simulator-service-principal');
  });

  test('re-evaluates with an edited copy of the decisive policy, and goes back when the edits are discarded', async ({
    page,
  }) => {
    // From the principal mode back to the scenario's identities, as a learner coming from the test before.
    await openApp(page, '#/simulator');
    await page.getByRole('button', { name: 'Principal ARN' }).click();
    await page.getByRole('button', { name: 'From the scenario' }).click();
    await field(page, 'Identity').selectOption({ label: 'Zhang (example-corp)' });
    await field(page, 'Actions').fill('s3:GetObject');
    await field(page, 'Resources').fill(OWN_FILE);
    await run(page);
    await expect(shown(page, 'decision')).toHaveText('Allowed');
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
    await expect(shown(page, 'decision')).toHaveText('Implicitly denied');
    await page.getByRole('button', { name: 'Discard edits' }).click();
    await expect(shown(page, 'decision')).toHaveText('Allowed');
  });

  test('runs from the keyboard: Tab from the resources reaches Run simulation, and Enter runs it', async ({ page }) => {
    await zhangReadsOwnFile(page);
    await field(page, 'Resources').fill(MARYS_FILE);
    await field(page, 'Resources').focus();
    let focused = '';
    for (let i = 0; i < 5 && focused !== 'Run simulation'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Run simulation');
    await page.keyboard.press('Enter');
    await expect(shown(page, 'decision')).toHaveText('Implicitly denied');
  });

  test('has no serious or critical axe-core violations, with a result and its decisive policy shown', async ({
    page,
  }) => {
    await zhangReadsOwnFile(page);
    await pasteWhatIf(page, DENY);
    await expect(shown(page, 'decision')).toHaveText('Explicitly denied');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
