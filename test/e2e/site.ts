// The site and the browser the browser tests run on, from Node: build the site, serve a folder on a free
// localhost port, and the one set of Chromium settings (Debian's /usr/bin/chromium, never a downloaded
// browser). Playwright's config, its web server (serveSite.ts), the browser differential test and the
// benchmark share them.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, LaunchOptions } from 'playwright-core';

/** The repository root and the folder `npm run build` writes. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

/**
 * How every browser test launches Chromium: the system browser, headless, and quiet (no background
 * requests of its own, which would count as requests leaving the machine).
 */
export const CHROMIUM: LaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};

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

/**
 * The line the web server (serveSite.ts) prints once it serves the site. Playwright's `webServer.wait`
 * matches it and puts each named group, upper-cased, into the environment of the test workers:
 * E2E_SITE_URL (ends in `/`) and E2E_SITE_DIR (the folder served).
 */
export const SITE_READY = /E2E site (?<e2e_site_url>http:\/\/\S+\/) serving (?<e2e_site_dir>[^\n]+)\n/;
/** The ready line for a URL and folder. */
export const siteReadyLine = (url: string, dir: string): string => `E2E site ${url} serving ${dir}`;

/** Runs `vite build` into `outDir` (the browser tests' web server does this once per run). */
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
    // A test runner may set NODE_ENV=test, which Vite would pass on to the bundle (React's development
    // build, some 70 KB gzipped more): build what `npm run build` ships, so the shell budget measures the
    // real site.
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
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('malformed path');
      return;
    }
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
  return chromium.launch(CHROMIUM);
}
