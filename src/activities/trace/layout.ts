import { mmPoint, type MmPolyline } from '../../geometry/units';
import { formTemplate, placeTemplate } from './forms';
import type { TraceParams } from './params';

/**
 * Where the form sits: centred in the canvas, in the canvas's mm frame. The
 * size is the therapist's, never shrunk to fit: a 70 mm circle is 70 mm on
 * every screen, or the numbers would not compare.
 */
export function layoutTemplate(params: Pick<TraceParams, 'form' | 'sizeMm'>, canvasWidthMm: number, canvasHeightMm: number): MmPolyline[] {
  return placeTemplate(formTemplate(params.form, params.sizeMm), mmPoint(canvasWidthMm / 2, canvasHeightMm / 2));
}
