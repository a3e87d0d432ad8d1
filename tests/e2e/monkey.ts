import { expect, type CDPSession, type Page } from '@playwright/test';
import { randomIndex, seededRandom, type Random } from '../../src/random/seeded-random';
import { setPageHidden } from './drive';

type Point = { x: number; y: number };
type TouchPoint = Point & { id: number };

/** What a child does to a tablet, with how often (weights, not percentages). */
const ACTIONS = {
  tap: 22,
  drag: 14,
  scribble: 14,
  storm: 10,
  cancel: 8,
  button: 14,
  turn: 4,
  route: 6,
  hide: 3,
  rest: 5,
} as const;
export type ActionName = keyof typeof ACTIONS;

/** Up to ten fingers at once: a child's two palms on the glass. */
const MOST_FINGERS = 10;
/**
 * A child pressing about lets go within two seconds. The grown-ups' gate
 * needs one finger held still for three: the monkey tests that nothing else
 * (storms, cancels, route changes, turns) slips through, not whether a
 * deliberate three-second hold opens it (it should).
 */
const LONGEST_TOUCH_MS = 2000;
/** Moves sent before waiting for the browser: frames that draw ink are slow on software WebGL, so one at a time would starve the monkey. */
const MOVES_IN_FLIGHT = 8;
const TABLET_SCREENS = [[1024, 768], [768, 1024], [1180, 820], [820, 1180], [1366, 1024], [800, 1280]] as const;
/** Links a child cannot type but a broken bookmark or shared link can hold. */
const HOSTILE_ROUTES = [
  '#/play/trace?form=<img src=x onerror=alert(1)>&size=1e308&corridor=NaN',
  '#/play/sort?items=-5&bins=NaN&rule=__proto__',
  '#/play/targets?mode=constructor&size=Infinity&trials=99999999',
  '#/play/nothing-here',
  '#/session/not-a-plan',
  '#/session/00000000-0000-4000-8000-000000000000',
  '#/%E0%A4%A/%',
  '#/grown-ups/data',
  '#/grown-ups/reports?child=x&from=zz&to=%',
  '#/grown-ups/plans/shared?plan=AAAA&check=1',
  '#/data',
];
const CHILD_ROUTES = ['#/', '#/trace', '#/sort', '#/targets'];

export interface MonkeyCounts {
  actions: Record<ActionName, number>;
  /** Every finger put down. */
  touches: number;
  /** Times a grown-ups' page appeared without the hold: must stay 0. */
  gatePassed: number;
}

/**
 * The monkey let loose on the first of `routes` once its game is ready, for
 * `seconds`; after every action, the grown-ups' gate must still be shut.
 */
export async function letMonkeyLoose(page: Page, seed: number, routes: readonly string[], seconds: number): Promise<{ monkey: Monkey; ranMs: number }> {
  await page.goto(`./${routes[0]}`);
  await page.locator('.stage[data-ready=true]').waitFor();
  const monkey = new Monkey(page, await page.context().newCDPSession(page), seed, routes);
  const started = Date.now();
  await monkey.run(started + seconds * 1000, async () => {
    expect(monkey.counts.gatePassed, `the gate opened (seed ${seed})`).toBe(0);
  });
  return { monkey, ranMs: Date.now() - started };
}

/**
 * A seeded monkey: the same seed replays the same actions. It drives real
 * touch input through Chrome's input pipeline (CDP), turns and resizes the
 * screen, hides the page and changes route mid-attempt, staying mostly on
 * its activity's own links.
 */
export class Monkey {
  readonly counts: MonkeyCounts = { actions: Object.fromEntries(Object.keys(ACTIONS).map((k) => [k, 0])) as Record<ActionName, number>, touches: 0, gatePassed: 0 };
  private readonly random: Random;
  private size = { width: 1024, height: 768 };

  constructor(private readonly page: Page, private readonly cdp: CDPSession, seed: number, private readonly homeRoutes: readonly string[]) {
    this.random = seededRandom(seed);
  }

  /** Runs until the deadline; `check` runs after every action. */
  async run(untilMs: number, check: () => Promise<void>): Promise<void> {
    this.size = this.page.viewportSize() ?? this.size;
    while (Date.now() < untilMs) {
      const action = this.pickAction();
      this.counts.actions[action]++;
      await this[action]();
      if (await this.page.locator('.grown-ups-page').count()) this.counts.gatePassed++;
      await check();
    }
  }

  private pickAction(): ActionName {
    const entries = Object.entries(ACTIONS) as [ActionName, number][];
    let left = this.random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [name, weight] of entries) if ((left -= weight) < 0) return name;
    return 'tap';
  }

  // ----- actions -----

  private async tap(): Promise<void> {
    const at = this.somewhere();
    await this.touch('touchStart', [{ ...at, id: 1 }]);
    await this.wait(this.between(0, 250));
    await this.touch('touchEnd', []);
  }

  /** A steady drag: a child carrying an object or following a line. */
  private async drag(): Promise<void> {
    const path = this.path(this.somewhere(), 6 + randomIndex(this.random, 40), 12);
    await this.stroke(path, 'touchEnd');
  }

  /** Fast zig-zags, far apart from one sample to the next. */
  private async scribble(): Promise<void> {
    await this.stroke(Array.from({ length: 10 + randomIndex(this.random, 50) }, () => this.somewhere()), 'touchEnd');
  }

  /** A finger lifted by the system (a notification, a palm): pointercancel. */
  private async cancel(): Promise<void> {
    await this.stroke(this.path(this.somewhere(), 4 + randomIndex(this.random, 20), 15), 'touchCancel');
  }

  /** Several fingers land together, wander, and leave together. */
  private async storm(): Promise<void> {
    const fingers = 2 + randomIndex(this.random, MOST_FINGERS - 1);
    let points: TouchPoint[] = Array.from({ length: fingers }, (_, i) => ({ ...this.somewhere(), id: i + 1 }));
    await this.touch('touchStart', points);
    const moves: TouchPoint[][] = [];
    for (let step = randomIndex(this.random, 8); step > 0; step--) {
      points = points.map((p) => ({ ...this.clamp({ x: p.x + this.between(-30, 30), y: p.y + this.between(-30, 30) }), id: p.id }));
      moves.push(points);
    }
    await Promise.all(moves.map((move) => this.touch('touchMove', move)));
    await this.wait(this.between(0, LONGEST_TOUCH_MS / 2));
    await this.touch(this.random() < 0.8 ? 'touchEnd' : 'touchCancel', []);
  }

  /** Taps a button or link the child can see: cards, back, done, sound, OK, the grown-ups' corner. */
  private async button(): Promise<void> {
    const boxes = await this.page.locator('button:visible, a:visible').evaluateAll((elements) =>
      elements.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })));
    if (!boxes.length) return this.tap();
    const at = boxes[randomIndex(this.random, boxes.length)]!;
    await this.touch('touchStart', [{ ...this.clamp(at), id: 1 }]);
    await this.wait(this.between(0, this.random() < 0.2 ? LONGEST_TOUCH_MS : 200));
    await this.touch('touchEnd', []);
  }

  /** The tablet turned, or the window resized, perhaps with a finger down. */
  private async turn(): Promise<void> {
    const fingerDown = this.random() < 0.4;
    if (fingerDown) await this.touch('touchStart', [{ ...this.somewhere(), id: 1 }]);
    const [width, height] = TABLET_SCREENS[randomIndex(this.random, TABLET_SCREENS.length)]!;
    this.size = { width, height };
    await this.page.setViewportSize(this.size);
    if (fingerDown) await this.touch('touchEnd', []);
  }

  /** Somewhere else: the activity again with other settings, a child's screen, or a hostile link. */
  private async route(): Promise<void> {
    const roll = this.random();
    const pool = roll < 0.6 ? this.homeRoutes : roll < 0.85 ? CHILD_ROUTES : HOSTILE_ROUTES;
    const hash = pool[randomIndex(this.random, pool.length)]!;
    await this.page.evaluate((h) => { location.hash = h; }, hash);
    await this.wait(this.between(50, 600));
  }

  /** Another app in front, then back. */
  private async hide(): Promise<void> {
    await setPageHidden(this.page, true);
    await this.wait(this.between(50, 800));
    await setPageHidden(this.page, false);
  }

  /** Hands off: copies end when the child stops, rewards play out. */
  private async rest(): Promise<void> {
    await this.wait(this.between(300, 3500));
  }

  // ----- helpers -----

  private async stroke(path: readonly Point[], end: 'touchEnd' | 'touchCancel'): Promise<void> {
    const [first, ...rest] = path;
    await this.touch('touchStart', [{ ...first!, id: 1 }]);
    // Several moves in flight, as a fast finger gives: the browser coalesces them into one frame's event.
    for (let i = 0; i < rest.length; i += MOVES_IN_FLIGHT) await Promise.all(rest.slice(i, i + MOVES_IN_FLIGHT).map((p) => this.touch('touchMove', [{ ...p, id: 1 }])));
    await this.touch(end, []);
  }

  private path(from: Point, steps: number, stepPx: number): Point[] {
    const out = [from];
    let heading = this.random() * 2 * Math.PI;
    for (let i = 1; i < steps; i++) {
      heading += this.between(-0.6, 0.6);
      const last = out.at(-1)!;
      out.push(this.clamp({ x: last.x + Math.cos(heading) * stepPx, y: last.y + Math.sin(heading) * stepPx }));
    }
    return out;
  }

  private async touch(type: 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel', touchPoints: TouchPoint[]): Promise<void> {
    if (type === 'touchStart') this.counts.touches += touchPoints.length;
    await this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
  }

  private somewhere(): Point {
    return { x: this.between(1, this.size.width - 1), y: this.between(1, this.size.height - 1) };
  }

  private clamp(p: Point): Point {
    return { x: Math.min(this.size.width - 1, Math.max(1, p.x)), y: Math.min(this.size.height - 1, Math.max(1, p.y)) };
  }

  private between(low: number, high: number): number {
    return low + this.random() * (high - low);
  }

  private wait(ms: number): Promise<void> {
    return this.page.waitForTimeout(ms);
  }
}
