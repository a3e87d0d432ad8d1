import { VitePWA } from 'vite-plugin-pwa';
import { allowedSyncOrigin } from './src/sync/allowed-origin.ts'; // with its extension: Vite 8 loads its config natively
import { defineConfig, type Plugin } from 'vitest/config';

/** One more origin the page may reach, for a clinic whose CouchDB is not under the app's /db/ (src/sync/allowed-origin.ts). */
const syncOrigin = () => allowedSyncOrigin(process.env.DEFT_SYNC_ORIGIN);

/**
 * DEFT_COUCH_URL=http://127.0.0.1:5984: the dev and preview servers put that
 * CouchDB under /db/, as a clinic's proxy does (docs/clinic-sync.md), so
 * clinic sync can be tried and tested on the app's own origin.
 */
function clinicDatabaseProxy() {
  const target = process.env.DEFT_COUCH_URL;
  return target ? { '/db/': { target, rewrite: (path: string) => path.replace(/^\/db/, '') } } : undefined;
}

/**
 * Nothing but the app's own files: no inline script, no eval, no request to
 * another origin. data: and blob: images and media are the textures and
 * sounds the app makes itself. Built pages only: the dev server injects its
 * styles inline, which this policy rightly refuses.
 */
const CONTENT_SECURITY_POLICY = `default-src 'self'; script-src 'self'; connect-src 'self'${syncOrigin() ? ` ${syncOrigin()}` : ''}; img-src 'self' data: blob:; media-src 'self' data: blob:; style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'`;

function contentSecurityPolicy(): Plugin {
  return {
    name: 'deft-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/** Phaser's chunk is about 1.3 MB; Workbox's 2 MB default would leave the games out of the offline files. */
const LARGEST_OFFLINE_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Offline play: a service worker keeps every file of the app (scripts, styles,
 * sounds, pictures). "prompt": a new version waits for a grown-up's go-ahead
 * (src/app/updates.ts), so nothing ever reloads under a child.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Deft: fine-motor practice',
    short_name: 'Deft',
    description: 'Fine-motor practice games for children, with therapist-grade metrics. Works offline; data stays on the device.',
    start_url: './',
    scope: './',
    display: 'standalone',
    orientation: 'any', // landscape or portrait: every screen lays itself out for both
    background_color: '#fff8ec',
    theme_color: '#fff8ec',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,wav,webmanifest}'],
    maximumFileSizeToCacheInBytes: LARGEST_OFFLINE_FILE_BYTES,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy(), offline],
  // DEFT_WARM_GAMES=0: the app without loading games ahead of a tap (src/app/warm-games.ts), the benchmark's baseline.
  define: { __DEFT_WARM_GAMES__: JSON.stringify(process.env.DEFT_WARM_GAMES !== '0'), __DEFT_SYNC_ORIGIN__: JSON.stringify(syncOrigin() ?? '') },
  build: {
    target: 'es2022',
    // Phaser is one large chunk by nature; it loads only when a game starts.
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1', proxy: clinicDatabaseProxy() },
  preview: { host: '127.0.0.1', proxy: clinicDatabaseProxy() },
  test: {
    environment: 'node',
    // Most unit tests are pure: they share their workers' loaded modules (no isolation), which saves CI a third of the
    // unit run. Those that open IndexedDB live in tests/unit/storage and keep a fresh module graph each, since
    // src/storage holds its open database in module state (tests/unit/test-layout.test.ts keeps them there).
    projects: [
      { extends: true, test: { name: 'storage', include: ['tests/unit/storage/**/*.test.ts'], isolate: true } },
      { extends: true, test: { name: 'pure', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/storage/**'], isolate: false } },
    ],
  },
});
