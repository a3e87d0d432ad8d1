/** A point on the stage, game px. */
export interface StagePoint { readonly x: number; readonly y: number }

/** One step of a demonstrating hand: glide somewhere, touch down, lift, or hold still. */
export type HandStep =
  | { readonly kind: 'move'; readonly to: StagePoint; readonly ms: number }
  | { readonly kind: 'press' }
  | { readonly kind: 'lift' }
  | { readonly kind: 'wait'; readonly ms: number };

/** What one hand does in a demonstration, from where it appears. */
export interface HandScript {
  readonly from: StagePoint;
  readonly steps: readonly HandStep[];
  /** A second hand, drawn mirrored, coming from the other side. */
  readonly mirrored?: boolean;
}

export interface HandPose { x: number; y: number; pressed: boolean }

/** How long a script runs, ms. */
export function scriptMs(script: HandScript): number {
  return script.steps.reduce((total, step) => total + ('ms' in step ? step.ms : 0), 0);
}

/** Smooth start and stop, as a hand moves: a glide with no jolt at either end. */
const easeInOut = (u: number) => 0.5 - Math.cos(Math.PI * u) / 2;

/** Where the hand is, and whether it touches, `t` ms into its script (held at the end after it). */
export function handPoseAt(script: HandScript, t: number): HandPose {
  let at = script.from;
  let pressed = false;
  let clock = 0;
  for (const step of script.steps) {
    if (step.kind === 'press' || step.kind === 'lift') {
      if (clock > t) break;
      pressed = step.kind === 'press';
      continue;
    }
    if (t < clock + step.ms) {
      if (step.kind === 'wait') return { ...at, pressed };
      const u = easeInOut((t - clock) / step.ms);
      return { x: at.x + (step.to.x - at.x) * u, y: at.y + (step.to.y - at.y) * u, pressed };
    }
    clock += step.ms;
    if (step.kind === 'move') at = step.to;
  }
  return { x: at.x, y: at.y, pressed };
}

/**
 * The usual tap: glide from `from` to the target, touch, hold a moment, lift
 * and draw back a little so the child sees what was touched.
 */
export function tapScript(from: StagePoint, target: StagePoint, glideMs = 900): HandScript {
  return {
    from,
    steps: [
      { kind: 'move', to: target, ms: glideMs },
      { kind: 'press' }, { kind: 'wait', ms: 350 }, { kind: 'lift' },
      { kind: 'move', to: { x: target.x + (from.x - target.x) * 0.25, y: target.y + (from.y - target.y) * 0.25 }, ms: 500 },
      { kind: 'wait', ms: 300 },
    ],
  };
}

/** A drag: glide to `grab`, touch, carry along `path`, lift. */
export function dragScript(from: StagePoint, grab: StagePoint, to: StagePoint, carryMs: number, mirrored = false): HandScript {
  return {
    from,
    mirrored,
    steps: [
      { kind: 'move', to: grab, ms: 800 },
      { kind: 'press' }, { kind: 'wait', ms: 250 },
      { kind: 'move', to, ms: carryMs },
      { kind: 'wait', ms: 200 }, { kind: 'lift' }, { kind: 'wait', ms: 500 },
    ],
  };
}

/**
 * Where a hand comes from to reach `target`: below and to the right, as a
 * right hand resting on the table does (to the left near the right edge),
 * `reachPx` away and on the screen.
 */
export function approachFrom(target: StagePoint, screen: { width: number; height: number }, reachPx: number): StagePoint {
  const side = target.x + reachPx * 0.6 > screen.width ? -1 : 1;
  return {
    x: Math.min(screen.width, Math.max(0, target.x + side * reachPx * 0.6)),
    y: Math.min(screen.height, target.y + reachPx * 0.8),
  };
}
