// Browser tests (test/e2e/): one build in global setup, files run one at a time (Chromium is heavy).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    // The machine is shared: give the UI time to settle before an assertion gives up.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 180_000,
  },
});
