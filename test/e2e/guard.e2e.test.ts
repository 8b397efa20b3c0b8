// The automatic check of fixtures.ts, tested: it sees every request of the page and its worker, and it
// fails a test whose page threw, logged a console error, or asked for anything outside the local server.
// Each provoking test is marked `test.fail()`: it passes only if the check after it fails it.
import { expect, test } from './fixtures';
import { openApp } from './harness';

const OFFSITE = 'https://offsite.example/tracker.js';

test.describe('the check after every test', () => {
  test('records the requests of the page and of its engine worker, all on the local server', async ({ page, site }) => {
    await openApp(page, '#/users');
    await expect.poll(() => site.requests().filter((u) => u.endsWith('.wasm')).length).toBe(1);
    // The document itself first (a request carries no hash).
    expect(site.requests()[0]).toBe(site.url);
    expect(site.requests().every((u) => u.startsWith(site.url))).toBe(true);
  });

  test('fails a test whose page threw an uncaught error', async ({ page }) => {
    test.fail();
    await openApp(page);
    const thrown = page.waitForEvent('pageerror');
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error('thrown on purpose');
      }),
    );
    expect((await thrown).message).toBe('thrown on purpose');
  });

  test('fails a test whose page logged a console error', async ({ page }) => {
    test.fail();
    await openApp(page);
    await page.evaluate(() => console.error('logged on purpose'));
  });

  test('fails a test whose page asked for something outside the local server, even if it was answered', async ({
    page,
  }) => {
    test.fail();
    // Answered here, so nothing actually leaves the machine while the check is tested.
    await page.context().route(OFFSITE, (route) => route.fulfill({ body: '' }));
    await openApp(page);
    await page.evaluate((url) => fetch(url).then((r) => r.text()), OFFSITE);
  });

  test.describe('with a console error the test expects', () => {
    test.use({ expectedConsoleErrors: [/^logged on purpose$/] });

    test('passes a test whose only console error is one it declared', async ({ page }) => {
      await openApp(page);
      await page.evaluate(() => console.error('logged on purpose'));
    });
  });
});
