/** A point on the page, CSS px from the viewport's top-left corner. */
export type PagePoint = { x: number; y: number };

/**
 * What the cross-engine smoke pass asks of a browser, whichever drives it:
 * WebKitGTK through WebKitWebDriver (selenium-webdriver, WebDriver classic)
 * or Firefox ESR over WebDriver BiDi (puppeteer-core). Input goes through
 * each engine's own WebDriver input actions, so the page sees real pointer
 * events from the engine's pipeline, never synthetic ones dispatched by a
 * script.
 */
export interface EngineDriver {
  readonly engine: 'webkit' | 'firefox';
  /** The engine's name and version, as it reports them. */
  readonly version: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (awaited) result; `fn` must not close over anything. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** One pointer down at the first point, through every point `stepMs` apart, then up. */
  stroke(points: readonly PagePoint[], stepMs?: number): Promise<void>;
  /** One pointer pressed at `at` for `holdMs`. */
  press(at: PagePoint, holdMs: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Polls `check(arg)` in the page until it returns true. */
export async function waitUntil<A>(driver: EngineDriver, what: string, check: (arg: A) => boolean, arg?: A, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await driver.evaluate(check, arg).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${driver.engine}: waited ${timeoutMs} ms for ${what}`);
}

/** Waits for an element matching `selector` to be in the page. */
export function waitFor(driver: EngineDriver, selector: string, timeoutMs?: number): Promise<void> {
  return waitUntil(driver, selector, (css: string) => document.querySelector(css) !== null, selector, timeoutMs);
}
