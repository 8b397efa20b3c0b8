// The load budget: the JavaScript a page loads before the policy editor is opened stays at most
// 300 KB gzipped, and Monaco and the service catalogue are not part of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { openApp, openSite } from './harness';

const BUDGET_BYTES = 300 * 1024;
let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

describe('initial load', () => {
  it('the app shell loads at most 300 KB of gzipped JavaScript and no Monaco or catalogue chunk', async () => {
    const page = await site.newPage();
    for (const hash of ['#/dashboard', '#/users', '#/roles', '#/policies']) {
      await openApp(page, site, hash);
    }
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
