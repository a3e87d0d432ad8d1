import { mmPoint, type MmPoint, type MmPolyline } from './units';

/**
 * Each point replaced by the mean of itself and `reach` neighbours either
 * side (fewer near the ends, evenly, so the ends stay where they were drawn).
 * On an evenly resampled line this is a low-pass filter: a shaky hand's
 * sample-to-sample wobble averages out, a bend longer than the window stays.
 */
export function smooth(line: MmPolyline, reach: number): MmPoint[] {
  return line.map((_, i) => {
    const k = Math.min(reach, i, line.length - 1 - i);
    let x = 0, y = 0;
    for (let j = i - k; j <= i + k; j++) { x += line[j]!.x; y += line[j]!.y; }
    return mmPoint(x / (2 * k + 1), y / (2 * k + 1));
  });
}
