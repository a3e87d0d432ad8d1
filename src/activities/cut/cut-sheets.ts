import { mmPoint, type MmPoint, type MmPolyline } from '../../geometry/units';
import type { PaperSize } from './paper-pose';

/** The scissor-skill sequence, in the order children usually manage it (ages in cut-ages.ts). */
export const CUT_LINE_KINDS = ['fringe', 'straight', 'curve', 'wave', 'zigzag', 'circle', 'square', 'triangle', 'fish'] as const;
export type CutLineKind = (typeof CUT_LINE_KINDS)[number];

/** A worksheet: the paper, and the lines printed on it in the paper's own frame, each begun at the paper's edge. */
export interface CutSheet {
  readonly kind: CutLineKind;
  readonly paper: PaperSize;
  /** In the order they are cut; only fringe has more than one. */
  readonly lines: readonly MmPolyline[];
  /** A shape: after its lead-in from the edge, the line goes round and comes back to where it met the shape. */
  readonly closed: boolean;
}

/** Every curve is printed as points this far apart: well under any tolerance band (3 mm at its narrowest). */
const STEP_MM = 1;
/** Paper round a shape, at least: room to start from the edge and to hold the sheet. */
const MIN_MARGIN_MM = 20;
/** Fringe snips stand this far apart: two fingers' width, so each is its own cut. */
const FRINGE_GAP_MM = 18;
const FRINGE_SNIPS = 5;

/**
 * The sheet for a kind of line, `sizeMm` being the line's span across the
 * paper, a shape's width, or a fringe snip's length. The lines run the way a
 * child of that hand cuts: right-handers left to right and round a shape
 * anticlockwise, left-handers the other way, so the line stays in view
 * beside the blades rather than under the hand.
 */
export function cutSheet(kind: CutLineKind, sizeMm: number, hand: 'left' | 'right'): CutSheet {
  const { paper, lines, closed } = BUILDERS[kind](sizeMm);
  // Built right-handed; a left-hander's sheet is its mirror image.
  const mirrored = hand === 'left' ? lines.map((line) => line.map((p) => mmPoint(paper.width - p.x, p.y))) : lines;
  return { kind, paper, lines: mirrored, closed };
}

type Built = Omit<CutSheet, 'kind'>;

const BUILDERS: Record<CutLineKind, (size: number) => Built> = {
  fringe: (length) => {
    const width = FRINGE_GAP_MM * (FRINGE_SNIPS + 1);
    const height = Math.max(40, length * 2);
    // Snipped up from the edge nearest the child, one after another across the strip.
    const lines = Array.from({ length: FRINGE_SNIPS }, (_, i) => [mmPoint(FRINGE_GAP_MM * (i + 1), height), mmPoint(FRINGE_GAP_MM * (i + 1), height - length)]);
    return { paper: { width, height }, lines, closed: false };
  },
  straight: (span) => across(span, () => 0),
  // One gentle arch.
  curve: (span) => across(span, (f, height) => -0.22 * height * Math.sin(Math.PI * f)),
  // Two whole waves.
  wave: (span) => across(span, (f, height) => 0.16 * height * Math.sin(4 * Math.PI * f)),
  // Three teeth: a corner every sixth of the way.
  zigzag: (span) => across(span, (f, height) => 0.16 * height * (1 - 4 * Math.abs(((f * 3) % 1) - 0.5)), 6),
  circle: (width) => shape(width, (r) => ellipse(r, r, 90, 90 - 360)),
  square: (width) => shape(width, (r) => [mmPoint(0, r), mmPoint(r, r), mmPoint(r, -r), mmPoint(-r, -r), mmPoint(-r, r), mmPoint(0, r)]),
  triangle: (width) => shape(width, (r) => [mmPoint(0, r), mmPoint(r, r), mmPoint(0, -r), mmPoint(-r, r), mmPoint(0, r)]),
  // A fish facing left: round body, forked tail on the right (curves and corners together, a simple picture).
  fish: (width) => shape(width, (r) => {
    const rx = 0.72 * r, ry = 0.5 * r, cx = -0.28 * r;
    const body = (from: number, to: number) => ellipse(rx, ry, from, to).map((p) => mmPoint(p.x + cx, p.y));
    const tail = [mmPoint(r, 0.45 * r), mmPoint(0.78 * r, 0), mmPoint(r, -0.45 * r)];
    return [...body(90, 25), ...tail, ...body(-25, -270)];
  }),
};

/** A line from the left edge to the right, `offset(f, height)` from the middle at fraction f of the way; `corners` when it has them exactly. */
function across(span: number, offset: (f: number, height: number) => number, corners?: number): Built {
  const height = Math.max(60, Math.round(span * 0.55));
  const fractions = corners
    ? Array.from({ length: corners + 1 }, (_, i) => i / corners)
    : Array.from({ length: Math.ceil(span / STEP_MM) + 1 }, (_, i) => Math.min(1, (i * STEP_MM) / span));
  return { paper: { width: span, height }, lines: [fractions.map((f) => mmPoint(f * span, height / 2 + offset(f, height)))], closed: false };
}

/** A shape `width` wide in the middle of its sheet, `outline(r)` round its centre from its lowest point, with a lead-in up from the near edge. */
function shape(width: number, outline: (r: number) => MmPoint[]): Built {
  const margin = Math.max(MIN_MARGIN_MM, 0.3 * width);
  const side = width + 2 * margin;
  const centre = side / 2;
  const points = outline(width / 2).map((p) => mmPoint(centre + p.x, centre + p.y));
  // The lead-in comes straight up from the near edge to where the outline begins.
  return { paper: { width: side, height: side }, lines: [[mmPoint(points[0]!.x, side), ...points]], closed: true };
}

/** Points of an ellipse from one angle to another (degrees, y down, so falling angles go anticlockwise on screen). */
function ellipse(rx: number, ry: number, fromDeg: number, toDeg: number): MmPoint[] {
  const arc = Math.abs(toDeg - fromDeg) * (Math.PI / 180) * Math.max(rx, ry);
  const steps = Math.max(8, Math.ceil(arc / STEP_MM));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = ((fromDeg + ((toDeg - fromDeg) * i) / steps) * Math.PI) / 180;
    return mmPoint(rx * Math.cos(a), ry * Math.sin(a));
  });
}
