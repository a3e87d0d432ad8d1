/**
 * The median time between consecutive samples within strokes, ms: the rate
 * the browser actually delivered input at (4.2 ms for a 240 Hz stylus with
 * coalesced samples, 16.7 ms for one sample a frame at 60 Hz). Gaps between
 * strokes are not intervals. The median, so that a pause mid-stroke does not
 * count as a slow rate. Null when no stroke has two samples.
 */
export function medianSampleInterval(strokes: readonly (readonly { t: number }[])[]): number | null {
  const intervals: number[] = [];
  for (const points of strokes) for (let i = 1; i < points.length; i++) intervals.push(points[i]!.t - points[i - 1]!.t);
  if (intervals.length === 0) return null;
  intervals.sort((a, b) => a - b);
  const middle = intervals.length >> 1;
  return intervals.length % 2 ? intervals[middle]! : (intervals[middle - 1]! + intervals[middle]!) / 2;
}
