import { layoutSort } from '../../src/activities/sort/layout';
import { sortParamsSchema, type SortParams } from '../../src/activities/sort/params';
import { planRound } from '../../src/activities/sort/round-setup';
import { areaCentre, playArea } from '../../src/activities/targets/play-area';
import { ringOrder, ringTargets } from '../../src/activities/targets/ring';
import { formTemplate } from '../../src/forms/forms';
import { layoutTrace } from '../../src/activities/trace/layout';
import type { TraceParams } from '../../src/activities/trace/params';
import { resample } from '../../src/geometry/resample';
import { CSS_REFERENCE_PX_PER_MM } from '../../src/geometry/units';
import type { PagePoint } from './engine-driver';

/**
 * Where the app puts each round on a screen of this size (the stage fills the
 * window, at the uncalibrated 96 CSS px per inch), read from the same pure
 * core the app lays rounds out with, in page CSS px.
 */
const PX = CSS_REFERENCE_PX_PER_MM;
const px = (p: { x: number; y: number }): PagePoint => ({ x: p.x * PX, y: p.y * PX });
export type Screen = { width: number; height: number };

/** A straight path from a to b in `steps` moves. */
export function segment(a: PagePoint, b: PagePoint, steps = 20): PagePoint[] {
  return Array.from({ length: steps + 1 }, (_, i) => ({ x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps }));
}

/** The form's strokes as laid out for tracing (path stages), a point every `stepMm`. */
export function traceStrokes(screen: Screen, params: Pick<TraceParams, 'form' | 'sizeMm' | 'guide'>, stepMm = 2): PagePoint[][] {
  const { centre } = layoutTrace(params, screen.width / PX, screen.height / PX, 'right');
  return formTemplate(params.form, params.sizeMm).map((line) => resample(line, stepMm).map((p) => px({ x: centre.x + p.x, y: centre.y + p.y })));
}

/** Each object's carry to its own bin, in the round these settings and seed lay out. */
export function sortCarries(screen: Screen, over: Partial<SortParams> & { seed: number }): PagePoint[][] {
  const layout = layoutSort(planRound(sortParamsSchema.parse(over), over.seed), screen.width / PX, screen.height / PX, over.seed);
  return layout.items.filter((item) => item.bin).map((item) => {
    const bin = layout.bins.find((b) => b.id === item.bin)!;
    return segment(px(item), px({ x: bin.x + bin.width / 2, y: bin.y + bin.height / 2 }), 16);
  });
}

/** The ring's targets in the order they light (ISO 9241-9), each to be tapped at its middle. */
export function ringTaps(screen: Screen, condition: { amplitudeMm: number; widthMm: number }): PagePoint[] {
  const targets = ringTargets(condition, areaCentre(playArea(screen.width / PX, screen.height / PX)));
  return ringOrder().map((index) => px(targets[index]!));
}
