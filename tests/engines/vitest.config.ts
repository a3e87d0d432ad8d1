import { defineConfig } from 'vitest/config';

/** The cross-engine smoke pass (scripts/run-engines.mjs starts Xvfb and finds the browsers): one engine at a time. */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
