import { defineConfig } from 'vitest/config';

/**
 * The cross-engine smoke pass (scripts/run-engines.mjs starts Xvfb and finds
 * the browsers): WebKit and Firefox side by side, one file each, on the same
 * Xvfb display. Chromium's suite has finished by then, so each has a core.
 */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
