import { mmPoint, type MmPolyline } from '../../geometry/units';
import { fittedTemplate } from './copy/fit';
import type { TraceAttempt } from './record';

/**
 * The template an attempt's metrics were measured against: the placed path
 * for the path stages; for copy and memory, the template fitted onto the
 * drawing about the drawing box's centre. Replays draw this one.
 */
export function measuredTemplate(attempt: TraceAttempt): MmPolyline[] {
  const template = attempt.template.strokes.map((line) => line.map(([x, y]) => mmPoint(x, y)));
  const box = attempt.drawingBox;
  if (!attempt.fit || !box) return template;
  return fittedTemplate(template, mmPoint(box.x + box.width / 2, box.y + box.height / 2), attempt.fit);
}
