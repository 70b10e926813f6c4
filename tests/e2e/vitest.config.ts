/**
 * Real-browser tests: `npm run test:e2e -- --project chromium` (or firefox; both without --project).
 * tests/e2e/*.test.ts run in both browsers; tests/e2e/<browser>/ holds tests for one browser only.
 * Needs `npm run build` first (the harness loads dist/chrome and dist/firefox).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const BROWSERS = ['chromium', 'firefox'] as const;

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    environment: 'node',
    pool: 'forks',
    // One browser at a time: two cores, and timing probes must not compete for them.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    projects: BROWSERS.map((name) => ({
      extends: true as const,
      test: {
        name,
        include: ['tests/e2e/*.test.ts', `tests/e2e/${name}/**/*.test.ts`],
        env: { E2E_BROWSER: name },
      },
    })),
  },
});
