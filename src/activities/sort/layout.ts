import { seededRandom } from '../../random/seeded-random';
import type { SortItemSpec, SortRoundSpec } from './round-setup';

export interface MmRect { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

/** An object where it starts: centre in mm, in the canvas's frame. */
export type PlacedItem = SortItemSpec & { readonly x: number; readonly y: number };
/** A bin: its value is its id; top-left corner and size in mm. */
export type PlacedBin = MmRect & { readonly id: string };

export interface SortLayout {
  readonly items: readonly PlacedItem[];
  readonly bins: readonly PlacedBin[];
  /** Where objects may lie: clear of the corner buttons and the bins. */
  readonly table: MmRect;
  /** Objects that did not fit on this screen at their size (they are left out, never shrunk). */
  readonly unplaced: readonly string[];
}

/** Kept clear along the top for the back and sound buttons (64 CSS px and their 16 px margin). */
const TOP_MM = 24;
const EDGE_MM = 6;
/** Between objects: enough that a fingertip on one is never on its neighbour. */
const ITEM_GAP_MM = 4;
const BIN_GAP_MM = 8;
/** A bin is wide enough for a few objects to lie in it, never wider than this. */
const MAX_BIN_WIDTH_MM = 80;
const MIN_BIN_HEIGHT_MM = 28;
const TRIES_PER_ITEM = 600;
/** The round tag on each bin's rim that pictures its rule; it stands above the rim by this much. */
export const BIN_TAG_RADIUS_MM = 9;

/**
 * Places the round on a screen of the given size: bins along the bottom
 * edge, objects scattered on the table above them. Positions come from the
 * seed, so the same seed on the same screen gives the same layout. Objects
 * keep their size in mm; one that cannot fit is left out and listed.
 */
export function layoutSort(spec: SortRoundSpec, widthMm: number, heightMm: number, seed: number): SortLayout {
  const largest = Math.max(...spec.items.map((i) => i.sizeMm), 0);
  const n = spec.bins.length;
  const binWidth = Math.min(MAX_BIN_WIDTH_MM, (widthMm - 2 * EDGE_MM - (n - 1) * BIN_GAP_MM) / n);
  const binHeight = Math.min(Math.max(MIN_BIN_HEIGHT_MM, largest * 1.5), heightMm * 0.35);
  const binsLeft = (widthMm - (n * binWidth + (n - 1) * BIN_GAP_MM)) / 2;
  const binTop = heightMm - EDGE_MM - binHeight;
  const bins = spec.bins.map((id, i) => ({ id, x: binsLeft + i * (binWidth + BIN_GAP_MM), y: binTop, width: binWidth, height: binHeight }));
  const table = { x: EDGE_MM, y: TOP_MM, width: widthMm - 2 * EDGE_MM, height: binTop - BIN_TAG_RADIUS_MM - ITEM_GAP_MM - TOP_MM };

  // Positions use their own stream, so the objects themselves never depend on the screen.
  const random = seededRandom(seed ^ 0x5bd1e995);
  const placed: PlacedItem[] = [];
  const unplaced: string[] = [];
  // Largest first: they are the hardest to fit; the order on the table stays the spec's.
  for (const item of [...spec.items].sort((a, b) => b.sizeMm - a.sizeMm)) {
    const spot = findSpot(item.sizeMm, table, placed, random);
    if (spot) placed.push({ ...item, ...spot });
    else unplaced.push(item.id);
  }
  const order = new Map(spec.items.map((item, i) => [item.id, i]));
  placed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { items: placed, bins, table, unplaced };
}

function findSpot(sizeMm: number, table: MmRect, placed: readonly PlacedItem[], random: () => number): { x: number; y: number } | null {
  const half = sizeMm / 2;
  const free = { width: table.width - sizeMm, height: table.height - sizeMm };
  if (free.width < 0 || free.height < 0) return null;
  for (let attempt = 0; attempt < TRIES_PER_ITEM; attempt++) {
    const x = table.x + half + random() * free.width;
    const y = table.y + half + random() * free.height;
    // Objects are kept apart by their bounding squares, so outlines never touch.
    if (placed.every((p) => Math.abs(p.x - x) >= (p.sizeMm + sizeMm) / 2 + ITEM_GAP_MM || Math.abs(p.y - y) >= (p.sizeMm + sizeMm) / 2 + ITEM_GAP_MM)) return { x, y };
  }
  return null;
}

/** The bin whose rectangle holds a point, if any. */
export function binAt(bins: readonly PlacedBin[], x: number, y: number): PlacedBin | null {
  return bins.find((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height) ?? null;
}
