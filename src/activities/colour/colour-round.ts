import { recordedSample } from '../../input/recorded-sample';
import type { InputSample } from '../../input/input-sample';
import type { Stroke } from '../../schema/parts';
import { createCoverageGrid, type CoverageGrid } from './coverage-grid';
import type { ColourLayout } from './layout';
import { measuresFrom, stampStroke, type ColourMeasures } from './measure-colour';

/** A touch this close to a pot's rim still picks it: a young child's tap lands a few mm off. */
const POT_SLACK_MM = 4;

export type ColourStroke = Stroke & { colour: number };
export interface PotTap { readonly t: number; readonly pot: number; readonly distanceMm: number }

export interface ColourRoundOptions {
  readonly layout: ColourLayout;
  readonly crayonMm: number;
  /** performance.now() when the picture appeared: record times count from here. */
  readonly originMs: number;
}

/**
 * One picture being coloured, with no drawing in it: touches on a pot change
 * the crayon, every other touch lays colour, stamped into the coverage grid as
 * it comes so the part's coverage is known at every sample. A scene draws
 * what this says; tests drive it with samples alone.
 */
export class ColourRound {
  readonly strokes: ColourStroke[] = [];
  readonly potTaps: PotTap[] = [];
  colour: number;
  private grid: CoverageGrid;
  /** The stroke each finger or pen is laying now. */
  private readonly open = new Map<number, ColourStroke>();

  constructor(private readonly options: ColourRoundOptions) {
    this.colour = options.layout.pots[0]?.colour ?? options.layout.picture.regions[options.layout.target]!.colour;
    this.grid = this.newGrid();
  }

  get radiusMm(): number {
    return this.options.crayonMm / 2;
  }

  /** A pot, if the touch landed on one (the crayon changes), or the start of a stroke of colour. */
  down(sample: InputSample): 'pot' | 'colour' {
    const t = sample.t - this.options.originMs;
    const pots = this.options.layout.pots;
    const hit = pots.map((pot, i) => ({ i, d: Math.hypot(sample.x - pot.x, sample.y - pot.y) - pot.radiusMm })).sort((a, b) => a.d - b.d)[0];
    if (hit && hit.d <= POT_SLACK_MM) {
      this.colour = pots[hit.i]!.colour;
      this.potTaps.push({ t, pot: hit.i, distanceMm: Math.hypot(sample.x - pots[hit.i]!.x, sample.y - pots[hit.i]!.y) });
      return 'pot';
    }
    const stroke: ColourStroke = { pointerType: sample.pointerType, points: [this.recorded(sample)], colour: this.colour };
    this.strokes.push(stroke);
    this.open.set(sample.pointerId, stroke);
    stampStroke(this.grid, stroke.points, this.radiusMm);
    return 'colour';
  }

  /** More colour along the stroke; false if this pointer is not colouring (it picked a pot). */
  move(sample: InputSample): boolean {
    const stroke = this.open.get(sample.pointerId);
    if (!stroke) return false;
    stroke.points.push(this.recorded(sample));
    stampStroke(this.grid, stroke.points, this.radiusMm, stroke.points.length - 1);
    return true;
  }

  up(sample: InputSample): void {
    const stroke = this.open.get(sample.pointerId);
    const last = stroke?.points.at(-1);
    if (stroke && last && (last.x !== sample.x || last.y !== sample.y)) this.move(sample);
    this.open.delete(sample.pointerId);
  }

  /** The browser took the pointer: what was laid stays. */
  release(pointerId: number): void {
    this.open.delete(pointerId);
  }

  /** A resting palm, found out when a pen came down: its colour is taken away (the grid is counted again, once). */
  dropPalm(pointerId: number): boolean {
    const stroke = this.open.get(pointerId);
    this.open.delete(pointerId);
    if (!stroke) return false;
    this.strokes.splice(this.strokes.indexOf(stroke), 1);
    this.grid = this.newGrid();
    for (const s of this.strokes) stampStroke(this.grid, s.points, this.radiusMm);
    return true;
  }

  /** The stroke this pointer is laying, if it is colouring. */
  openStroke(pointerId: number): ColourStroke | undefined {
    return this.open.get(pointerId);
  }

  get colouring(): boolean {
    return this.open.size > 0;
  }

  /** The part's share coloured so far, %. */
  get coveragePct(): number {
    const counts = this.grid.counts();
    const t = this.options.layout.target;
    return counts.cellsByRegion[t]! > 0 ? (100 * counts.colouredByRegion[t]!) / counts.cellsByRegion[t]! : 0;
  }

  get gridSize(): { cellMm: number; columns: number; rows: number } {
    return { cellMm: this.grid.cellMm, columns: this.grid.columns, rows: this.grid.rows };
  }

  measures(): ColourMeasures {
    const { layout, crayonMm } = this.options;
    return measuresFrom({ regions: layout.picture.regions.map((r) => r.rings), target: layout.target, area: layout.area, crayonMm }, this.grid.counts(), this.strokes);
  }

  private newGrid(): CoverageGrid {
    const { layout } = this.options;
    return createCoverageGrid(layout.picture.regions.map((r) => r.rings), layout.target, layout.area);
  }

  private recorded(s: InputSample): Stroke['points'][number] {
    return recordedSample(s, this.options.originMs);
  }
}
