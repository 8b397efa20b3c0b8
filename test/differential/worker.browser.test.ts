// The same checks in a real browser, once: the fixed corpora go through the page's bridge into the
// engine worker (Wasm) in headless Chromium, and every result must equal the TS reference's and the
// corpus expectation, singly and as one batch. Uses the Chromium settings and static server of test/e2e/site.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildEnginePage } from '../../bench/browser/buildPage';
import type { CorpusRun } from '../../bench/browser/main';
import { launchChromium, serveStatic } from '../e2e/site';
import { EnginePair } from './support/engines';

const corpusLines = ['conformance', 'engine'].flatMap((folder) => {
  const dir = join(import.meta.dirname, '..', 'corpus', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== ''),
    );
});

describe('in headless Chromium, through the engine worker', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let run: CorpusRun;

  beforeAll(async () => {
    server = await serveStatic(await buildEnginePage());
    browser = await launchChromium();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForFunction(() => 'engineHarness' in window);
    run = await page.evaluate((lines) => window.engineHarness.runCorpus(lines), corpusLines);
    expect(errors).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the Wasm worker answered (no fallback to the TS engine)', () => {
    expect(run.status).toEqual({ engine: 'wasm-worker' });
  });

  it("every corpus case gets its expected decision and the reference engine's exact result", async () => {
    const pair = await EnginePair.create();
    expect(run.results).toHaveLength(corpusLines.length);
    corpusLines.forEach((line, i) => {
      const expected = (JSON.parse(line) as { expect: string }).expect;
      const parsed = pair.parse(line);
      if (typeof parsed === 'string') throw new Error(parsed);
      const reference = pair.ts.evaluate(pair.compile(parsed).ts);
      const { id, result, batchDecision } = run.results[i];
      expect({ id, result, batchDecision }).toEqual({ id: parsed.id, result: reference, batchDecision: expected });
      expect(result.decision).toBe(expected);
    });
  });
});
