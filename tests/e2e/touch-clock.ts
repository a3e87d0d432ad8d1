import type { CDPSession, Page } from '@playwright/test';
import type { CssPoint } from './drive';

/**
 * Fingers through Chrome's real touch pipeline, each event stamped with the
 * time it stands for. CDP's `timestamp` becomes the PointerEvent's timeStamp,
 * so a tap planned for 4,200.0 ms on the page's clock arrives as exactly that:
 * a test of timing measures can then say what was sent to the millisecond,
 * whatever the software renderer's frame rate. Each event is sent once its
 * time has come (never ahead of the page), so the app sees them in real time.
 */
export class TouchClock {
  private constructor(private readonly cdp: CDPSession, private readonly page: Page, private readonly timeOrigin: number) {}

  static async on(page: Page, cdp: CDPSession): Promise<TouchClock> {
    return new TouchClock(cdp, page, await page.evaluate(() => performance.timeOrigin));
  }

  /** The page's performance.now(), read from here. */
  now(): number {
    return Date.now() - this.timeOrigin;
  }

  /** Waits until the page's clock reaches `ms`. */
  async until(ms: number): Promise<void> {
    const wait = this.timeOrigin + ms - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  async down(id: number, at: CssPoint, ms: number): Promise<void> {
    await this.send('touchStart', [{ ...at, id, radiusX: 5, radiusY: 4 }], ms);
  }

  async up(id: number, at: CssPoint, ms: number): Promise<void> {
    await this.send('touchEnd', [{ ...at, id }], ms);
  }

  /** Fingers already down move, all in one event (as a multi-touch screen reports them). */
  async move(points: readonly (CssPoint & { id: number })[], ms: number): Promise<void> {
    await this.send('touchMove', points, ms);
  }

  /**
   * A drag's moves, each at its time, sent without waiting for the browser to
   * take the one before: it coalesces them into its frames, as it does a
   * finger's, and each keeps its own timestamp.
   */
  async moves(steps: readonly { points: readonly (CssPoint & { id: number })[]; ms: number }[]): Promise<void> {
    const sent: Promise<unknown>[] = [];
    for (const { points, ms } of steps) {
      await this.until(ms);
      sent.push(this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [...points], timestamp: (this.timeOrigin + ms) / 1000 }));
    }
    await Promise.all(sent);
  }

  /**
   * Fingers coming down one after another, each at its time, sent without
   * waiting for the browser to take the one before: on a loaded machine a
   * round trip can outlast the gap the app is timing (a hand's fingers
   * landing just after its thumb), and the app must see them as a hand does.
   */
  async downs(steps: readonly { id: number; at: CssPoint; ms: number }[]): Promise<void> {
    const sent: Promise<unknown>[] = [];
    for (const { id, at, ms } of steps) {
      await this.until(ms);
      sent.push(this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...at, id, radiusX: 5, radiusY: 4 }], timestamp: (this.timeOrigin + ms) / 1000 }));
    }
    await Promise.all(sent);
  }

  /** A tap: down at `ms`, up `dwellMs` later. */
  async tap(id: number, at: CssPoint, ms: number, dwellMs = 90): Promise<void> {
    await this.down(id, at, ms);
    await this.up(id, at, ms + dwellMs);
  }

  private async send(type: 'touchStart' | 'touchMove' | 'touchEnd', touchPoints: readonly (CssPoint & { id: number; radiusX?: number; radiusY?: number })[], ms: number): Promise<void> {
    await this.until(ms);
    await this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: [...touchPoints], timestamp: (this.timeOrigin + ms) / 1000 });
  }
}
