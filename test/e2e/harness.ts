// The shared browser-test harness: build the site once, serve it on a free localhost port, drive
// Debian's /usr/bin/chromium through playwright-core, and close everything afterwards.
// Each run builds into its own folder under test-results/ (engineers share one working tree, and a build
// into dist/ by someone else mid-run would swap the chunks under the browser); E2E_REUSE_DIST=1 serves
// the existing dist/ instead, for quick reruns.
//
// Usage (a test file under test/e2e/, run by `npm run e2e`, whose global setup has built the site once):
//   const site = await openSite();               // server + browser
//   const page = await site.newPage();           // records every request the page makes
//   await page.goto(site.url + '#/users');
//   ...
//   expect(site.offsiteRequests()).toEqual([]);  // nothing left localhost
//   await site.close();
// or, for a whole test file: `useSitePage((s, p) => { site = s; page = p; })` (the page has the app loaded),
// `openApp(page, site, '#/users')` to go to a page, and `expect(await seriousAxeViolations(page)).toEqual([])`
// for the accessibility check.
import { spawn } from 'node:child_process';
import { createReadStream, mkdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Scenario } from '../../src/model';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the global setup built the site into. */
    e2eSite: string;
  }
}

/** The repository root and the built site. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
/** Where browser tests write screenshots (ignored by git). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Runs `vite build` into `outDir` (the e2e global setup calls this once per run). */
export function buildSite(outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const args = [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ];
    // Vitest sets NODE_ENV=test, which Vite would pass on to the bundle (React's development build, some
    // 70 KB gzipped more): build what `npm run build` ships, so the shell budget measures the real site.
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build exited with ${code}`))));
  });
}

/** Serves a folder on 127.0.0.1 at a free port; `/` is index.html. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    const info = file.startsWith(dir) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}

/** Launches the system Chromium headless, with no background network traffic of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A served site and a browser to visit it with. */
export interface Site {
  /** The site's base URL, ending in `/`; append a hash route such as `#/users`. */
  url: string;
  /** The folder being served. */
  dir: string;
  browser: Browser;
  context: BrowserContext;
  /** A new page (1280×800) in the site's context; its page errors fail `pageErrors()`. */
  newPage(): Promise<Page>;
  /** Every URL requested so far, by any page or worker of the context. */
  requests(): string[];
  /** Requested URLs that are not on the local server (`data:` and `blob:` URLs stay in the page). */
  offsiteRequests(): string[];
  /** Uncaught errors thrown in any page. */
  pageErrors(): string[];
  close(): Promise<void>;
}

/** Serves the site built by the global setup and opens a browser context that records its requests. */
export async function openSite(dir = inject('e2eSite')): Promise<Site> {
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  // Clipboard access lets tests paste text into editors exactly (typing would be auto-indented).
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const local = (u: string) => u.startsWith(server.url) || u.startsWith('data:') || u.startsWith('blob:');
  return {
    url: server.url,
    dir,
    browser,
    context,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      return page;
    },
    requests: () => [...requests],
    offsiteRequests: () => requests.filter((u) => !local(u)),
    pageErrors: () => [...errors],
    async close() {
      await context.close();
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the site and one page with the app loaded on its start page before a test file's tests, hands
 * them to `onOpen`, and closes both after.
 */
export function useSitePage(onOpen: (site: Site, page: Page) => void | Promise<void>): void {
  let site: Site | undefined;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    site = await openSite();
    const page = await site.newPage();
    await openApp(page, site);
    await onOpen(site, page);
  });
  afterAll(async () => {
    await site?.close();
  });
}

/** The serious and critical axe-core violations on the page (or within `include`), as `rule: targets`. */
export async function seriousAxeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the app at a hash route (default: the start page) and waits until the page shows its heading. */
export async function openApp(page: Page, site: Site, route = ''): Promise<void> {
  await page.goto(site.url + route);
  await page.locator('main h1').waitFor();
}

/** Acts as an IAM user through the identity menu (with or without MFA), as a person switches in the top bar. */
export async function actAsIamUser(page: Page, name: string, withMfa: boolean): Promise<void> {
  const menuButton = page.getByRole('button', { name: /^Identity menu/ });
  const identityPanel = page.getByRole('region', { name: 'Identity' });
  await menuButton.click();
  await identityPanel.getByRole('checkbox', { name: 'Users with an MFA device sign in with it' }).setChecked(withMfa);
  await identityPanel.getByRole('button', { name: `IAM user ${name}`, exact: true }).click();
  await expect.poll(() => menuButton.innerText()).toBe(`${name} @ example-corp`);
}

/** On a page the acting identity may not read, chooses the learner's view to see (and act on) it anyway. */
export async function showPageAnyway(page: Page): Promise<void> {
  await page.getByRole('button', { name: "Show pages anyway (learner's view)" }).click();
  await page.getByRole('note').filter({ hasText: "Learner's view" }).waitFor();
}

/** Replaces the text of a Monaco editor by pasting it (typing would be auto-indented and auto-closed). */
export async function pasteIntoEditor(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.evaluate((pasted) => navigator.clipboard.writeText(pasted), text);
  await page.keyboard.press('Control+V');
}

/**
 * Changes the scenario the open app has saved in IndexedDB, as earlier actions would have, and reloads
 * the app on it: for state the UI cannot make (or that would take a test of its own to make).
 */
export async function editStoredScenario(page: Page, edit: (document: Scenario) => void): Promise<void> {
  // The app saves the built-in scenario on first use; wait for that record before reading it.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((done) => {
        const open = indexedDB.open('iam-playground');
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('scenarios')) return done(false);
          const count = open.result.transaction('scenarios').objectStore('scenarios').count();
          count.onsuccess = () => done(count.result === 1);
        };
      }),
    undefined,
    { timeout: 10_000 },
  );
  const record = await page.evaluate(
    () =>
      new Promise<{ revision: number; document: Scenario }>((done, fail) => {
        const open = indexedDB.open('iam-playground');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('scenarios').objectStore('scenarios').getAll();
          all.onsuccess = () => done(all.result[0]);
        };
      }),
  );
  edit(record.document);
  await page.evaluate(
    (changed) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('iam-playground');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('scenarios', 'readwrite');
          tx.objectStore('scenarios').put(changed);
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        };
      }),
    { ...record, revision: record.revision + 1 },
  );
  await page.reload();
  await page.locator('main h1').waitFor();
}
