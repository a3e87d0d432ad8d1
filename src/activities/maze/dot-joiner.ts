import type { MmPoint, TimedMmPoint } from '../../geometry/units';

/** One join, dot `from` to dot `from + 1`: the ink that made it, from the moment it left dot `from` to its arrival. */
export interface DotJoin {
  readonly from: number;
  readonly points: readonly TimedMmPoint[];
  /** How close the ink came to the arriving dot's centre (mm). */
  readonly hitMm: number;
}

/** The path reached a dot out of turn: `expected` was next. */
export interface OrderError {
  readonly t: number;
  readonly dot: number;
  readonly expected: number;
}

export interface DotJoiner {
  /** The next sample of the current stroke; `startsStroke` for the first sample after a touch-down. */
  add(p: TimedMmPoint, startsStroke: boolean): void;
  /** The pen or finger lifted. */
  lift(): void;
  readonly joins: readonly DotJoin[];
  readonly orderErrors: readonly OrderError[];
  /** Dots jumped over: the dot that was next when a later one was reached first (each counted once). */
  readonly skipped: readonly number[];
  /** Lifts while the path was between two dots, not on one. */
  readonly liftsBetweenDots: number;
  /** The dot to reach next (dots.length once every join is made). */
  readonly next: number;
}

/**
 * Joining dots in order, from the ink alone. A join from dot i to dot i + 1
 * counts only when one continuous path reaches dot i + 1 after leaving dot i:
 * a stroke that starts elsewhere must first touch dot i. Reaching a later dot
 * first is an order error and joins nothing, so dragging a finger through the
 * dots as they lie does not join them in order. The first dot is where the
 * child starts; a touch on it begins the picture.
 */
export function createDotJoiner(dots: readonly MmPoint[], radiusMm: number): DotJoiner {
  const joins: DotJoin[] = [];
  const orderErrors: OrderError[] = [];
  const skipped: number[] = [];
  let liftsBetweenDots = 0;
  /** The last dot joined (or the first, once touched); -1 before the first touch on dot 0. */
  let reached = -1;
  /** The ink since the path was last on dot `reached`, or null if this stroke has not been on it. */
  let since: TimedMmPoint[] | null = null;
  /** The dot the path is on now, so staying on a dot is one visit. */
  let on = -1;
  let stroking = false;

  const dotAt = (p: MmPoint) => {
    let best = -1, bestD = Infinity;
    dots.forEach((dot, i) => { const d = Math.hypot(p.x - dot.x, p.y - dot.y); if (d <= radiusMm && d < bestD) { best = i; bestD = d; } });
    return { dot: best, d: bestD };
  };

  return {
    add(p, startsStroke) {
      if (startsStroke) { since = null; on = -1; }
      stroking = true;
      const { dot, d } = dotAt(p);
      const arriving = dot !== on;
      on = dot;
      if (dot === -1) { since?.push(p); return; }
      const last = joins[joins.length - 1];
      if (dot === reached + 1 && since && (reached >= 0 || dot > 0)) {
        // The next dot, reached by one continuous path from the last: joined.
        since.push(p);
        joins.push({ from: reached, points: since, hitMm: d });
        reached = dot;
        since = [p];
      } else if (dot === reached || (reached === -1 && dot === 0)) {
        // On the last dot joined (or the first): the next join starts from here; a join's arrival keeps its closest approach.
        if (!arriving && last && last.from === dot - 1 && d < last.hitMm) joins[joins.length - 1] = { ...last, hitMm: d };
        reached = Math.max(reached, 0);
        since = [p];
      } else if (dot > reached + 1 && arriving) {
        orderErrors.push({ t: p.t, dot, expected: reached + 1 });
        if (!skipped.includes(reached + 1)) skipped.push(reached + 1);
        since?.push(p);
      } else {
        since?.push(p);
      }
    },
    lift() {
      if (stroking && on === -1 && reached >= 0 && reached < dots.length - 1) liftsBetweenDots++;
      stroking = false;
      since = null;
      on = -1;
    },
    get joins() { return joins; },
    get orderErrors() { return orderErrors; },
    get skipped() { return skipped; },
    get liftsBetweenDots() { return liftsBetweenDots; },
    get next() { return reached + 1; },
  };
}
