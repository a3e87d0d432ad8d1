import { mmPoint, type MmPoint, type MmPolyline } from '../../geometry/units';
import { formTemplate, placeTemplate } from '../../forms/forms';
import { COPY_STAGES, type Handedness, type TraceParams } from './params';

export interface MmBox { x: number; y: number; width: number; height: number }

export interface TraceLayout {
  /** The template where the child is expected to draw it, at the therapist's size. */
  template: MmPolyline[];
  /** Its centre: the form's place, or the drawing box's centre. */
  centre: MmPoint;
  /** Copy and memory: the empty box the child draws in. */
  drawingBox: MmBox | null;
  /** Copy and memory: where the model is shown, and at what scale (1 unless the screen is too small). */
  model: { centre: MmPoint; scale: number } | null;
}

/** Room around the form inside its box, as a share of the form: space to draw a little large. */
const BOX_MARGIN_SHARE = 0.2;
/** Space kept clear at the screen's edges for the corner buttons, mm. */
const EDGE_MM = 22;
const GAP_MM = 10;

/**
 * Where everything sits, in the canvas's mm frame. The form's size is the
 * therapist's, never shrunk to fit: a 70 mm circle is 70 mm on every screen,
 * or the numbers would not compare. Only the model (a picture to look at)
 * may shrink on a small screen.
 *
 * Copying: the model goes where the drawing hand will not cover it. Side by
 * side when the screen is wide enough: a right hand comes from the right,
 * so the model is on the left, and the other way round. Otherwise the model
 * is above the box, towards the side away from the hand.
 */
export function layoutTrace(params: Pick<TraceParams, 'form' | 'sizeMm' | 'guide'>, widthMm: number, heightMm: number, hand: Handedness): TraceLayout {
  const form = formTemplate(params.form, params.sizeMm);
  if (!COPY_STAGES.has(params.guide)) {
    const centre = mmPoint(widthMm / 2, heightMm / 2);
    return { template: placeTemplate(form, centre), centre, drawingBox: null, model: null };
  }
  const box = params.sizeMm * (1 + 2 * BOX_MARGIN_SHARE);
  const awayFromHand = hand === 'right' ? -1 : 1;
  const sideBySide = widthMm - 2 * EDGE_MM >= 2 * box + GAP_MM || widthMm >= heightMm;
  let boxCentre: MmPoint, modelCentre: MmPoint, room: number;
  if (sideBySide) {
    room = Math.max(0, widthMm - 2 * EDGE_MM - box - GAP_MM); // for the model, beside the box
    const pair = Math.min(box, room) + GAP_MM + box;
    const left = (widthMm - pair) / 2;
    const model = Math.min(box, room);
    const [modelX, boxX] = awayFromHand < 0 ? [left + model / 2, left + pair - box / 2] : [left + pair - model / 2, left + box / 2];
    boxCentre = mmPoint(boxX, heightMm / 2);
    modelCentre = mmPoint(modelX, heightMm / 2);
    room = Math.min(room, heightMm - 2 * EDGE_MM);
  } else {
    room = Math.max(0, Math.min(widthMm - 2 * EDGE_MM, heightMm - 2 * EDGE_MM - box - GAP_MM));
    const pair = Math.min(box, room) + GAP_MM + box;
    const top = (heightMm - pair) / 2;
    boxCentre = mmPoint(widthMm / 2, top + pair - box / 2);
    const shift = Math.max(0, (widthMm - 2 * EDGE_MM - Math.min(box, room)) / 2);
    modelCentre = mmPoint(widthMm / 2 + awayFromHand * shift, top + Math.min(box, room) / 2);
  }
  return {
    template: placeTemplate(form, boxCentre),
    centre: boxCentre,
    drawingBox: { x: boxCentre.x - box / 2, y: boxCentre.y - box / 2, width: box, height: box },
    model: { centre: modelCentre, scale: Math.min(1, room / box) },
  };
}
