// The load budget: the JavaScript a page loads before the policy editor is opened stays at most
// 300 KB gzipped, and Monaco and the service catalogue are not part of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { openApp } from './harness';

const BUDGET_BYTES = 300 * 1024;

test.describe('initial load', () => {
  test('the app shell loads at most 300 KB of gzipped JavaScript and no Monaco or catalogue chunk', async ({
    page,
    site,
  }) => {
    for (const hash of ['#/dashboard', '#/users', '#/roles', '#/policies']) {
      await openApp(page, hash);
    }
    // Count everything the shell fetches, also what it starts after the headings show.
    await page.waitForLoadState('networkidle');
    const scripts = [...new Set(site.requests().filter((u) => u.endsWith('.js')))];
    expect(scripts.length).toBeGreaterThan(0);
    const names = scripts.map((u) => new URL(u).pathname.slice(1));
    expect(names.filter((n) => /PolicyEditor|monaco|editor\.worker|json\.worker|catalogData|jsonMode/.test(n))).toEqual(
      [],
    );
    const gzipped = names.reduce((sum, n) => sum + gzipSync(readFileSync(join(site.dir, n))).length, 0);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
