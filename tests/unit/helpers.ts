import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mmPoint, type MmPolyline, type TimedMmPoint } from '../../src/geometry/units';

/**
 * A template line as drawn ink: every vertex kept, samples at most `spacingMm`
 * apart in between, times from a steady speed. It lies exactly on the line.
 */
export function inkAlong(line: MmPolyline, { spacingMm = 0.8, mmPerMs = 0.1, startMs = 0, offset = { x: 0, y: 0 } } = {}): TimedMmPoint[] {
  const out: TimedMmPoint[] = [];
  let travelled = 0;
  const push = (x: number, y: number) => out.push(Object.assign(mmPoint(x + offset.x, y + offset.y), { t: startMs + travelled / mmPerMs }));
  line.forEach((b, i) => {
    if (i === 0) { push(b.x, b.y); return; }
    const a = line[i - 1]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const steps = Math.max(1, Math.ceil(length / spacingMm));
    for (let k = 1; k <= steps; k++) {
      travelled += length / steps;
      push(a.x + ((b.x - a.x) * k) / steps, a.y + ((b.y - a.y) * k) / steps);
    }
  });
  return out;
}

/** A small deterministic generator (mulberry32), so noisy tests repeat exactly. */
export { seededRandom } from '../../src/random/seeded-random';

export interface HumanStroke {
  gesture: string;
  subject: string;
  speed: string;
  rep: number;
  points: [number, number, number][];
}

const SHARED = fileURLToPath(new URL('../../../shared/data/human-unistrokes/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const FILES = {
  /** circle, rectangle, triangle, x, v, caret, check */
  unistrokes: { shared: 'unistrokes.json', fixture: 'human-unistrokes-sample.json' },
  /** Nine gestures that are not forms (arrow, pigtail, delete mark…) by the same people. */
  'other-gestures': { shared: 'other-gestures.json', fixture: 'other-gestures-sample.json' },
} as const;

/**
 * Real strokes drawn by people: the full shared set when present, else the
 * shipped sample. DEFT_HUMAN_STROKES=none hides the full set, as on a fresh
 * clone, so CI proves both paths.
 */
export function humanStrokes(set: keyof typeof FILES = 'unistrokes'): { source: 'shared' | 'fixture'; strokes: HumanStroke[] } {
  const shared = SHARED + FILES[set].shared;
  const source = existsSync(shared) && process.env.DEFT_HUMAN_STROKES !== 'none' ? 'shared' : 'fixture';
  return { source, strokes: JSON.parse(readFileSync(source === 'shared' ? shared : FIXTURES + FILES[set].fixture, 'utf8')) as HumanStroke[] };
}

/** Scales and moves a stroke (screen px) so its bounding box is the template's (mm). */
export function fitToBox(points: readonly [number, number, number][], template: readonly MmPolyline[]): TimedMmPoint[] {
  const box = (xs: number[], ys: number[]) => ({ x0: Math.min(...xs), y0: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) });
  const s = box(points.map((p) => p[0]), points.map((p) => p[1]));
  const all = template.flat();
  const t = box(all.map((p) => p.x), all.map((p) => p.y));
  return points.map(([x, y, time]) => Object.assign(mmPoint(t.x0 + ((x - s.x0) / (s.w || 1)) * t.w, t.y0 + ((y - s.y0) / (s.h || 1)) * t.h), { t: time }));
}

/** The centre of area of a simple polygon (the shoelace formula): where a finger aims for "the middle of the thing". */
export function centreOfArea(polygon: readonly (readonly [number, number])[]): { x: number; y: number } {
  let area = 0, cx = 0, cy = 0;
  polygon.forEach(([x0, y0], i) => { const [x1, y1] = polygon[(i + 1) % polygon.length]!; const c = x0 * y1 - x1 * y0; area += c / 2; cx += ((x0 + x1) * c) / 6; cy += ((y0 + y1) * c) / 6; });
  return { x: cx / area, y: cy / area };
}

/** For a CSV whose rows need no names: every nickname and plan name unknown. */
export const NO_NAMES = { nickname: () => null, planName: () => null };
