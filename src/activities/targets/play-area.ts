import type { MmArea } from './pop-round';

/** Kept clear along the top for the back and sound buttons; a little margin elsewhere. */
const TOP_MM = 24;
const EDGE_MM = 6;

/** Where targets may appear on a screen of this size (mm): every target lies wholly inside. */
export function playArea(widthMm: number, heightMm: number): MmArea {
  return { x: EDGE_MM, y: TOP_MM, width: widthMm - 2 * EDGE_MM, height: heightMm - TOP_MM - EDGE_MM };
}

/** The ring's centre: the middle of the area. */
export function areaCentre(area: MmArea): { x: number; y: number } {
  return { x: area.x + area.width / 2, y: area.y + area.height / 2 };
}
