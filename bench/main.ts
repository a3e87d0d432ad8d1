import { layoutFingers } from '../src/activities/fingers/layout';
import { fingersParamsSchema } from '../src/activities/fingers/params';
import Phaser from 'phaser';
import { createCoverageGrid } from '../src/activities/colour/coverage-grid';
import { layoutColour } from '../src/activities/colour/layout';
import { layoutCut } from '../src/activities/cut/layout';
import { toScreen } from '../src/activities/cut/paper-pose';
import { layoutMaze } from '../src/activities/maze/layout';
import { mazeParamsSchema } from '../src/activities/maze/params';
import { cutParamsSchema } from '../src/activities/cut/params';
import { pointAlong } from '../src/geometry/point-along';
import { polylineLength } from '../src/geometry/polyline-length';
import { resample } from '../src/geometry/resample';
import { layoutSort } from '../src/activities/sort/layout';
import { sortParamsSchema } from '../src/activities/sort/params';
import { planRound } from '../src/activities/sort/round-setup';
import { targetsParamsSchema } from '../src/activities/targets/params';
import { playArea } from '../src/activities/targets/play-area';
import { PopRound } from '../src/activities/targets/pop-round';
import { formTemplate, placeTemplate } from '../src/forms/forms';
import { buildTraceRecord } from '../src/activities/trace/build-record';
import { scoreTrace } from '../src/forms/score-path';
import { scoreTraceAttempt } from '../src/activities/trace/score-attempt';
import { traceParamsSchema } from '../src/activities/trace/params';
import { mmPoint, type MmPoint } from '../src/geometry/units';
import { summarize } from '../src/registry/attempt-summary';
import { saveAttempt } from '../src/storage/attempts';
import { BakedInk } from '../src/ink/baked-ink';
import type { InkRenderer } from '../src/ink/ink-renderer';
import { createStage } from '../src/stage/create-stage';
import { palette } from '../src/stage/palette';
import { bruteForceDeviationAndCoverage } from './brute-force-score';
import { moveBench } from './move-bench';
import { NaiveCoverage } from './naive-coverage';
import { NaiveInk } from './naive-ink';
import { circlingStroke } from './strokes';

/** An Apple Pencil's 240 Hz over 60 Hz frames. */
const SAMPLES_PER_FRAME = 4;
const PX_PER_MM = 96 / 25.4;

interface InkResult { frameWorkMs: number[]; frameIntervalMs: number[] }

/** Draws a stroke of `samples` points, 4 per frame, timing Phaser's work in every frame. */
function inkBench(mode: 'baked' | 'naive', samples: number): Promise<InkResult> {
  return new Promise((resolve) => {
    const stroke = circlingStroke(samples);
    const result: InkResult = { frameWorkMs: [], frameIntervalMs: [] };
    class BenchScene extends Phaser.Scene {
      private ink!: InkRenderer;
      private next = 0;
      private stepStart = 0;
      private lastStep = 0;
      create() {
        const toGame = (i: number) => ({ x: stroke[i]!.x * PX_PER_MM * window.devicePixelRatio, y: stroke[i]!.y * PX_PER_MM * window.devicePixelRatio });
        const style = { widthPx: 3 * PX_PER_MM * window.devicePixelRatio, color: palette.ink };
        this.ink = mode === 'baked' ? new BakedInk(this, style) : new NaiveInk(this, style);
        this.ink.beginStroke(toGame(0));
        this.next = 1;
        // The frame's own work: from the start of Phaser's step to the end of its render.
        this.game.events.on(Phaser.Core.Events.PRE_STEP, () => {
          const now = performance.now();
          if (this.lastStep) result.frameIntervalMs.push(now - this.lastStep);
          this.lastStep = now;
          this.stepStart = now;
        });
        this.game.events.on(Phaser.Core.Events.POST_RENDER, () => {
          if (this.next > 1) result.frameWorkMs.push(performance.now() - this.stepStart);
          if (this.next >= stroke.length) { this.game.events.removeAllListeners(Phaser.Core.Events.POST_RENDER); resolve(result); }
        });
        this.events.on(Phaser.Scenes.Events.UPDATE, () => {
          const end = Math.min(stroke.length, this.next + SAMPLES_PER_FRAME);
          const fresh = [];
          for (let i = this.next; i < end; i++) fresh.push(toGame(i));
          this.next = end;
          this.ink.addPoints(fresh);
          this.ink.update();
        });
      }
    }
    createStage(document.getElementById('stage')!, new BenchScene('bench'), 'bench');
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median time to score one stroke, and the brute-force baseline on the same stroke. */
function scoringBench(samples: number, mmPerS: number, runs: number) {
  const template = placeTemplate(formTemplate('circle', 70), mmPoint(100, 75));
  const stroke = circlingStroke(samples, { mmPerS });
  const options = { corridorMm: 10 };
  const time = (fn: () => void) => { const t0 = performance.now(); fn(); return performance.now() - t0; };
  for (let i = 0; i < 3; i++) scoreTrace(template, [stroke], options); // warm the JIT
  const indexed = Array.from({ length: runs }, () => time(() => scoreTrace(template, [stroke], options)));
  const brute = Array.from({ length: Math.max(3, Math.floor(runs / 4)) }, () => time(() => bruteForceDeviationAndCoverage(template, stroke, 10)));
  const metrics = scoreTrace(template, [stroke], options);
  const check = bruteForceDeviationAndCoverage(template, stroke, 10);
  return { medianMs: median(indexed), bruteForceMedianMs: median(brute), inkLengthMm: metrics.inkLengthMm, agree: Math.abs(metrics.meanDeviationMm - check.mean) < 1e-9 && Math.abs(metrics.coveragePct - check.coverage) < 1e-9 };
}

/**
 * Median time to score a whole attempt (every metric, recognition, criteria;
 * copying adds the fit), beside scoreTrace alone on the same stroke.
 */
function attemptScoringBench(samples: number, mmPerS: number, runs: number, guide: 'trace' | 'copy') {
  const params = traceParamsSchema.parse({ form: 'circle', guide });
  const centre = mmPoint(100, 75);
  const template = placeTemplate(formTemplate('circle', 70), centre);
  const points = circlingStroke(samples, { mmPerS });
  const strokes = [{ pointerType: 'pen' as const, points: points.map((p) => ({ x: p.x, y: p.y, t: p.t, pressure: 0.5, tiltX: 0, tiltY: 0 })) }];
  const time = (fn: () => void) => { const t0 = performance.now(); fn(); return performance.now() - t0; };
  for (let i = 0; i < 3; i++) scoreTraceAttempt(params, template, centre, strokes);
  const whole = Array.from({ length: runs }, () => time(() => scoreTraceAttempt(params, template, centre, strokes)));
  const pathOnly = Array.from({ length: runs }, () => time(() => scoreTrace(template, [points], { corridorMm: 10 })));
  return { medianMs: median(whole), pathOnlyMedianMs: median(pathOnly), recognized: scoreTraceAttempt(params, template, centre, strokes).recognizedForm };
}

/** Where the app lays out a sorting round on a screen of this size (mm), so the driver knows where to put its fingers. */
function sortLayoutFor(params: Record<string, unknown>, seed: number, widthMm: number, heightMm: number) {
  return layoutSort(planRound(sortParamsSchema.parse(params), seed), widthMm, heightMm, seed);
}

/** Where the app lays a cutting sheet on a screen of this size (mm): the hold mark, and the line every mm on to past the far edge, in screen mm. */
function cutPathFor(params: Record<string, unknown>, widthMm: number, heightMm: number) {
  const parsed = cutParamsSchema.parse(params);
  const { sheet, pose, holdSpot } = layoutCut(parsed, 'right', { width: widthMm, height: heightMm });
  const line = sheet.lines[0]!;
  const length = polylineLength(line);
  const onScreen = (x: number, y: number) => toScreen(mmPoint(x, y), pose, sheet.paper);
  const path = Array.from({ length: Math.ceil(length) + 6 }, (_, i) => { const p = pointAlong(line, Math.min(i, length)).point; return onScreen(p.x + Math.max(0, i - length), p.y); });
  return { hold: holdSpot && onScreen(holdSpot.x, holdSpot.y), path, lengthMm: length };
}

/** Where the app's pop round puts its bubbles (fixed size: the seed alone decides), mm. */
function popTargetsFor(params: Record<string, unknown>, seed: number, widthMm: number, heightMm: number) {
  const parsed = targetsParamsSchema.parse(params);
  const round = new PopRound(parsed, playArea(widthMm, heightMm), seed, 0);
  return Array.from({ length: parsed.trials }, () => {
    const target = round.next(0)!;
    round.tap({ x: target.x, y: target.y, t: 0, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType: 'touch', pointerId: 1, contact: null } as never);
    return target;
  });
}

/** A traced circle as the app stores it: one lap of `samples` pen samples at 240 Hz, scored, with every field; and its summary. */
function sampleTraceAttempt(samples: number) {
  const record = traceRecord(samples);
  return { record, summary: summarize(record) };
}

function traceRecord(samples: number) {
  const params = traceParamsSchema.parse({ form: 'circle' });
  const centre = mmPoint(100, 75);
  const template = placeTemplate(formTemplate('circle', params.sizeMm), centre);
  const lapMs = (samples * 1000) / 240;
  const ink = circlingStroke(samples, { mmPerS: (2 * Math.PI * 35) / (lapMs / 1000), centre });
  return buildTraceRecord({
    head: {
      id: crypto.randomUUID(), profileId: null, status: 'completed', endReason: 'strokes',
      startedAt: new Date('2026-01-01T09:00:00.000Z'), endedAt: new Date(Date.parse('2026-01-01T09:00:00.000Z') + lapMs + 500),
      device: { viewport: { width: 1024, height: 768 }, devicePixelRatio: 2, pxPerMm: PX_PER_MM, frame: { left: 0, top: 0 }, userAgent: navigator.userAgent },
    },
    params, handedness: 'right', centre, drawingBox: null, adaptive: () => null, template,
    strokes: [{ pointerType: 'pen', points: ink.map((p) => ({ x: p.x, y: p.y, t: p.t, pressure: 0.55, tiltX: 20, tiltY: -10 })) }],
    taps: [],
  });
}

/**
 * Storing an attempt the moment it ends, as the app does (saveAttempt: the
 * full schema check, the record and its month's summaries in one
 * transaction), beside a bare IndexedDB put of the same record (baseline).
 */
async function saveBench(samples: number, runs: number) {
  const record = traceRecord(samples);
  const bare = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('bare-put', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('attempts', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < runs; run++) {
    const copy = { ...record, id: crypto.randomUUID() };
    let t0 = performance.now();
    await saveAttempt(copy);
    ours.push(performance.now() - t0);
    t0 = performance.now();
    await new Promise((resolve, reject) => {
      const tx = bare.transaction('attempts', 'readwrite');
      tx.objectStore('attempts').put({ ...copy, id: crypto.randomUUID() });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    baseline.push(performance.now() - t0);
  }
  bare.close();
  return { samples, oursMs: median(ours), bareMs: median(baseline), jsonBytes: JSON.stringify(record).length };
}

/** Moving a year of data (bench/move-bench.ts): attempts of `samples` pen samples. */
async function moveBenchWith(samples: number, counts: { streamed: number[]; whole: number[] }) {
  return moveBench(traceRecord(samples), counts);
}

/**
 * A pen colouring the square for `seconds` at 240 Hz: rows back and forth
 * across it, 3 mm apart, at about 100 mm/s, in screen mm as the app lays it out.
 * It keeps 6 mm from the sides, so the square is never full and colouring goes on to the end.
 */
function colourPathFor(widthMm: number, heightMm: number, seconds = 30) {
  const layout = layoutColour({ picture: 'square', part: 0, sizeMm: 140 }, 'right', { width: widthMm, height: heightMm });
  const { origin, picture } = layout;
  const path: { x: number; y: number }[] = [];
  const step = 100 / 240;
  let x = origin.x + 6, y = origin.y + 6, dir = 1;
  for (let i = 0; i < seconds * 240; i++) {
    path.push({ x, y });
    x += dir * step;
    if (x > origin.x + picture.width - 6 || x < origin.x + 6) { dir = -dir; y += 3; if (y > origin.y + picture.height - 6) y = origin.y + 6; }
  }
  return { path, widthMm: picture.width };
}

/** Cost per sample of keeping coverage, second by second over a 30 s colouring: the grid's running counts beside a whole-grid recount. */
function colourSampleBench(widthMm: number, heightMm: number) {
  const layout = layoutColour({ picture: 'square', part: 0, sizeMm: 140 }, 'right', { width: widthMm, height: heightMm });
  const { path } = colourPathFor(widthMm, heightMm);
  const rings = layout.picture.regions.map((r) => r.rings);
  const radius = 4;
  /** Microseconds per sample in each timed second; untimed seconds only lay the colour (the state the timed ones start from). */
  const perSecond = (sample: (a: MmPoint, b: MmPoint, timed: boolean) => number, timed: (second: number) => boolean) => {
    const out: { second: number; us: number }[] = [];
    let last = 0;
    for (let s = 0; s < path.length / 240; s++) {
      const t0 = performance.now();
      for (let i = s * 240; i < (s + 1) * 240; i++) last = sample(mmPoint(path[Math.max(0, i - 1)]!.x, path[Math.max(0, i - 1)]!.y), mmPoint(path[i]!.x, path[i]!.y), timed(s));
      if (timed(s)) out.push({ second: s + 1, us: ((performance.now() - t0) * 1000) / 240 });
    }
    return { perSecond: out, coveragePct: last };
  };
  const g = createCoverageGrid(rings, 0, layout.area);
  const grid = perSecond((a, b) => { g.stamp(a, b, radius); const c = g.counts(); return (100 * c.colouredByRegion[0]!) / c.cellsByRegion[0]!; }, () => true);
  // The recount is thousands of times slower: it is timed in the first and the thirtieth second only.
  const n = new NaiveCoverage(rings[0]!, layout.area, 0.5);
  const naive = perSecond((a, b, timed) => { n.stamp(a, b, radius); return timed ? n.coveragePct() : 0; }, (second) => second === 0 || second === path.length / 240 - 1);
  const cells = Math.ceil(layout.area.width / 0.5) * Math.ceil(layout.area.height / 0.5);
  return { cells, grid, naive };
}

/** The way through the app's maze for these settings on this screen, a point every mm in screen mm, and the corridor it has there. */
function mazePathFor(params: Record<string, unknown>, widthMm: number, heightMm: number) {
  const parsed = mazeParamsSchema.parse(params);
  const layout = layoutMaze(parsed, parsed.corridorMm, parsed.seed ?? 0, { width: widthMm, height: heightMm });
  const path = resample(layout.geometry.solution.map((p) => mmPoint(p.x + layout.origin.x, p.y + layout.origin.y)), 1);
  return { path, corridorMm: layout.corridorMm, lengthMm: polylineLength(path) };
}

/** Where a fingers game puts its spots and forms on this screen, for the right hand with a 120 mm span. */
function fingersLayoutFor(params: Record<string, unknown>, widthMm: number, heightMm: number) {
  return layoutFingers(fingersParamsSchema.parse(params), 'right', 120, { width: widthMm, height: heightMm });
}

Object.assign(window, { fingersLayoutFor, mazePathFor, colourPathFor, colourSampleBench, inkBench, scoringBench, attemptScoringBench, sortLayoutFor, cutPathFor, popTargetsFor, sampleTraceAttempt, saveBench, moveBenchWith });
document.body.dataset.ready = 'true';
