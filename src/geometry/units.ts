/**
 * Units that must never mix. Geometry and every record are in millimetres;
 * only the input boundary and the renderer see CSS pixels. The brands make the
 * compiler refuse a pixel point where a millimetre point is expected.
 */
declare const unitBrand: unique symbol;

export type MmPoint = { readonly x: number; readonly y: number; readonly [unitBrand]: 'mm' };
export type CssPxPoint = { readonly x: number; readonly y: number; readonly [unitBrand]: 'css-px' };

/** A polyline in millimetres: the unit of templates and of resampled ink. */
export type MmPolyline = readonly MmPoint[];

export function mmPoint(x: number, y: number): MmPoint {
  return { x, y } as MmPoint;
}

export function cssPxPoint(x: number, y: number): CssPxPoint {
  return { x, y } as CssPxPoint;
}

/**
 * The CSS reference pixel is 1/96 inch, so 96 / 25.4 CSS px per mm. Real
 * screens differ; per-device calibration replaces this default.
 */
export const CSS_REFERENCE_PX_PER_MM = 96 / 25.4;

/** A point of ink with its time in ms (since the attempt started). */
export type TimedMmPoint = MmPoint & { readonly t: number };
