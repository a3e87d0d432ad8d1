// npm run test:engines: the cross-engine smoke pass (tests/engines) in WebKitGTK and
// Firefox ESR, each under a private Xvfb display (Firefox has WebGL only in a real
// window). Builds the app first unless given --built (npm test builds it for the
// Chromium suite just before). Finds the browsers, or says what to install.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const INSTALL = 'sudo apt-get install -y webkit2gtk-driver firefox-esr xvfb';

/** The first of `paths` that exists; entries may hold one `*` directory part. */
function first(paths) {
  for (const path of paths.filter(Boolean)) {
    const star = path.indexOf('*');
    if (star < 0) { if (existsSync(path)) return path; continue; }
    const parent = path.slice(0, path.lastIndexOf('/', star));
    const rest = path.slice(path.indexOf('/', star));
    const prefix = path.slice(parent.length + 1, star);
    if (!existsSync(parent)) continue;
    for (const name of readdirSync(parent).filter((n) => n.startsWith(prefix)).sort().reverse()) {
      if (existsSync(join(parent, name) + rest)) return join(parent, name) + rest;
    }
  }
  return null;
}

const found = {
  WEBKIT_DRIVER: first([process.env.WEBKIT_DRIVER, '/usr/bin/WebKitWebDriver']),
  WEBKIT_BROWSER: first([process.env.WEBKIT_BROWSER, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4*/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4*/MiniBrowser', '/usr/libexec/webkit2gtk-4*/MiniBrowser']),
  FIREFOX_PATH: first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
  XVFB: first([process.env.XVFB, '/usr/bin/Xvfb']),
};
const missing = Object.entries(found).filter(([, path]) => !path).map(([name]) => name);
if (missing.length) {
  console.error(`The cross-engine tests need WebKitGTK's WebDriver and MiniBrowser, Firefox ESR and Xvfb; not found: ${missing.join(', ')}.
Install them, then run the command again:
  Debian/Ubuntu:  ${INSTALL}
  or point to them:  WEBKIT_DRIVER=… WEBKIT_BROWSER=… FIREFOX_PATH=… XVFB=… npm run test:engines`);
  process.exit(1);
}

const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
if (!process.argv.includes('--built') && run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);

// Xvfb picks a free display and writes its number to the pipe given as -displayfd.
const xvfb = spawn(found.XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
const display = await new Promise((resolve, reject) => {
  let text = '';
  xvfb.stdio[3].on('data', (chunk) => { text += chunk; if (text.includes('\n')) resolve(`:${text.trim()}`); });
  xvfb.on('exit', (code) => reject(new Error(`Xvfb stopped (${code}) before it started`)));
});
let status;
try {
  status = run('npx', ['vitest', 'run', '--config', 'tests/engines/vitest.config.ts'], { ...found, DISPLAY: display });
} finally {
  xvfb.kill();
}
process.exit(status);
