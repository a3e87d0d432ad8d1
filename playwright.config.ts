import { defineConfig } from '@playwright/test';

/** scripts/run-e2e.mjs picks a free port; 4173 when Playwright is run by hand. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The clinic's CouchDB for the sync tests (tests/e2e/clinic.ts starts one per test there); the preview server proxies /db/ to it, as a clinic's does. */
export const COUCH_PORT = Number(process.env.E2E_COUCH_PORT ?? 5985);
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Files whose checks never hang on real-time input or on the games' timers:
 * the grown-ups' pages, sync (waits on the server, never on a frame), and the
 * chaos monkey (whatever it manages to do must go right). scripts/run-e2e.mjs
 * runs them two at a time once the games are done; the games run alone.
 */
const SIDE_BY_SIDE = ['audit', 'grown-ups', 'upgrade', 'offline', 'no-text', 'chaos', 'clinic-sync'].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: 'tests/e2e',
  // Software WebGL on two cores: one browser at a time keeps frames, and so input, steady.
  workers: 1,
  projects: [
    { name: 'games', testIgnore: SIDE_BY_SIDE },
    { name: 'side-by-side', testMatch: SIDE_BY_SIDE },
  ],
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    acceptDownloads: true,
    // The offline files are tested on their own (offline.spec.ts); elsewhere a service worker would only add noise.
    serviceWorkers: 'block',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    env: { DEFT_COUCH_URL: `http://127.0.0.1:${COUCH_PORT}` },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
