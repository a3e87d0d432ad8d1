import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, Origin, type WebDriver } from 'selenium-webdriver';
import type { EngineDriver, PagePoint } from './engine-driver';

const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => { const { port } = probe.address() as { port: number }; probe.close(() => resolve(port)); });
});

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic), with
 * selenium-webdriver as the client. Its "touch" input actions arrive as mouse
 * pointers, so the pass uses mouse pointers, as a WebKit tablet's first
 * finger would be seen through them.
 */
export async function openWebKit(paths: { driver: string; browser: string }, viewport: { width: number; height: number }): Promise<EngineDriver> {
  const port = await freePort();
  const service: ChildProcess = spawn(paths.driver, [`--port=${port}`], { stdio: 'ignore' });
  await waitForPort(port);
  let driver: WebDriver;
  try {
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation', `--geometry=${viewport.width}x${viewport.height}`] } })
      .build();
  } catch (error) {
    service.kill();
    throw error;
  }
  await driver.manage().window().setRect({ x: 0, y: 0, width: viewport.width, height: viewport.height }).catch(() => undefined);
  const capabilities = await driver.getCapabilities();
  const version = `${capabilities.getBrowserName()} ${capabilities.getBrowserVersion()}`;
  const actions = () => driver.actions({ async: true });
  return {
    engine: 'webkit',
    version,
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    // WebDriver's Execute Async Script: the page's promise is awaited, and its value comes back.
    evaluate: (fn, arg) => driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1]; Promise.resolve((${fn.toString()})(arguments[0])).then(done, (e) => done({ __error: String(e && (e.message + ' ' + e.stack) || e) }));`, arg,
    ).then((value) => {
      if (value && typeof value === 'object' && '__error' in value) throw new Error(String((value as { __error: unknown }).__error));
      return value as never;
    }),
    async stroke(points, stepMs = 16) {
      const [first, ...rest] = points as PagePoint[];
      let chain = actions().move({ x: Math.round(first!.x), y: Math.round(first!.y), origin: Origin.VIEWPORT }).press();
      for (const p of rest) chain = chain.move({ x: Math.round(p.x), y: Math.round(p.y), origin: Origin.VIEWPORT, duration: stepMs });
      await chain.release().perform();
    },
    async press(at, holdMs) {
      await actions().move({ x: Math.round(at.x), y: Math.round(at.y), origin: Origin.VIEWPORT }).press().pause(holdMs).release().perform();
    },
    async screenshot(path) { writeFileSync(path, await driver.takeScreenshot(), 'base64'); },
    async close() {
      await driver.quit().catch(() => undefined);
      service.kill();
    },
  };
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}
