import { distance } from '../../../geometry/distance';
import { distanceToSegment } from '../../../geometry/distance-to-segment';
import type { MmPolyline } from '../../../geometry/units';

/**
 * How far each stroke's ends are from the rest of the ink, in mm: 0 when an
 * end meets or crosses other ink, large when it hangs free. Ink of the same
 * stroke counts only beyond `ownReachMm` along it, so an end never meets
 * itself. A closed circle has no free end, a "C" has two.
 */
export function endpointGaps(strokes: readonly MmPolyline[], ownReachMm: number): number[] {
  const gaps: number[] = [];
  strokes.forEach((stroke, s) => {
    if (stroke.length === 0) return;
    const arc = arcLengths(stroke);
    const total = arc[arc.length - 1]!;
    for (const [end, endArc] of [[stroke[0]!, 0], [stroke[stroke.length - 1]!, total]] as const) {
      let gap = Infinity;
      strokes.forEach((other, o) => {
        for (let i = 0; i < other.length; i++) {
          if (o === s && Math.abs(arc[i]! - endArc) <= ownReachMm) continue;
          gap = Math.min(gap, distanceToSegment(end, other[i]!, other[i + 1] ?? other[i]!).distance);
        }
      });
      gaps.push(gap);
    }
  });
  return gaps;
}

function arcLengths(line: MmPolyline): number[] {
  const out = [0];
  for (let i = 1; i < line.length; i++) out.push(out[i - 1]! + distance(line[i - 1]!, line[i]!));
  return out;
}
