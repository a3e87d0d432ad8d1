import { distance } from './distance';
import type { MmPolyline } from './units';

export function polylineLength(line: MmPolyline): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += distance(line[i - 1]!, line[i]!);
  return total;
}
