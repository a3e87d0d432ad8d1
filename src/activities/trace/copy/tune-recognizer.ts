import type { DrawingMeasures } from './drawing-measures';
import { classifyDrawing, type RecognizedForm } from './recognize';
import { REASONED_SETTINGS, type RecognizerSettings } from './recognizer-settings';

/** A drawing whose answer is known: which recognitions are right for it, the class it is scored under and that class's goal. */
export interface LabelledDrawing {
  label: string;
  /** The share of its class that should be right (a form 0.97, a gesture that is not a form 0.9): tuning keeps every class furthest above its goal. */
  goal: number;
  measures: DrawingMeasures | null;
  accepts: (form: RecognizedForm) => boolean;
}

const range = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Number((from + i * step).toFixed(4)));

/** The values each setting may take: wide round the reasoned defaults, in steps finer than the noise between people. */
export const CANDIDATES: Readonly<Record<keyof RecognizerSettings, readonly number[]>> = {
  rejectAbove: range(0.06, 0.16, 0.005),
  closedRejectAbove: range(0.03, 0.12, 0.005),
  closingGapShare: range(0.2, 0.6, 0.025),
  triangleFillMax: range(0.6, 0.76, 0.01),
  squareFillMin: range(0.8, 0.96, 0.01),
  circleFillMax: range(0.8, 0.96, 0.01),
  maxCircleSpread: range(0.1, 0.3, 0.01),
  maxLoopFill: range(0.55, 0.8, 0.01),
  minArmShare: range(0.1, 0.4, 0.01),
  maxCrossingTurns: range(1.2, 2, 0.05),
  minFigureCoverage: range(0.7, 1, 1 / 36),
};

/** Passes over the settings; each pass tries every candidate of one setting with the others held. Settles in two or three. */
const MAX_PASSES = 5;

/**
 * Chooses the settings from drawings whose answers are known, by coordinate
 * ascent: each setting in turn takes the candidate that leaves the class
 * nearest its goal furthest above it (then the best mean over the classes);
 * where several do equally well, the
 * middle one, so the threshold sits in the middle of the gap between the
 * classes rather than at the edge of the examples it happened to see.
 */
export function tuneRecognizer(drawings: readonly LabelledDrawing[], start: RecognizerSettings = REASONED_SETTINGS): RecognizerSettings {
  let settings = { ...start };
  const keys = Object.keys(CANDIDATES) as (keyof RecognizerSettings)[];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const key of keys) {
      const scored = CANDIDATES[key].map((value) => ({ value, score: classAccuracies(drawings, { ...settings, [key]: value }) }));
      const best = scored.reduce((a, b) => (better(b.score, a.score) ? b : a));
      const chosen = chooseAmongBest(scored.map((c) => !better(best.score, c.score)), CANDIDATES[key], settings[key]);
      if (chosen !== settings[key]) { settings = { ...settings, [key]: chosen }; changed = true; }
    }
    if (!changed) break;
  }
  return settings;
}

function chooseAmongBest(isBest: readonly boolean[], candidates: readonly number[], current: number): number {
  const runs: number[][] = [];
  isBest.forEach((yes, i) => { if (!yes) return; const run = runs.at(-1); if (run && run.at(-1) === i - 1) run.push(i); else runs.push([i]); });
  const value = (run: number[]) => candidates[run[Math.floor((run.length - 1) / 2)]!]!;
  const contains = (run: number[]) => candidates[run[0]!]! <= current && current <= candidates[run.at(-1)!]!;
  const home = runs.find(contains);
  if (home) return candidates.slice(home[0], home.at(-1)! + 1).includes(current) ? current : value(home);
  const gap = (run: number[]) => Math.min(Math.abs(candidates[run[0]!]! - current), Math.abs(candidates[run.at(-1)!]! - current));
  return value(runs.reduce((a, b) => (gap(b) < gap(a) ? b : a)));
}

interface Score { worst: number; mean: number }

function better(a: Score, b: Score): boolean {
  return a.worst > b.worst + 1e-12 || (Math.abs(a.worst - b.worst) <= 1e-12 && a.mean > b.mean + 1e-12);
}

function classAccuracies(drawings: readonly LabelledDrawing[], settings: RecognizerSettings): Score {
  const tally = new Map<string, { right: number; all: number; goal: number }>();
  for (const d of drawings) {
    const t = tally.get(d.label) ?? { right: 0, all: 0, goal: d.goal };
    t.all++;
    if (d.accepts(classifyDrawing(d.measures, settings).form)) t.right++;
    tally.set(d.label, t);
  }
  const classes = [...tally.values()];
  const shares = classes.map((t) => t.right / t.all);
  return { worst: Math.min(...classes.map((t, i) => shares[i]! - t.goal)), mean: shares.reduce((a, b) => a + b, 0) / shares.length };
}
