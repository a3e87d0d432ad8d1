/**
 * The convex hull of points, counter-clockwise in a y-up frame (clockwise on
 * screen), by Andrew's monotone chain: O(n log n), exact, no collinear points.
 */
export function convexHull(points: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([x, y]) => [x, y] as [number, number]);
  if (sorted.length < 3) return sorted;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (pts: [number, number][]) => {
    const chain: [number, number][] = [];
    for (const p of pts) {
      while (chain.length >= 2 && cross(chain[chain.length - 2]!, chain[chain.length - 1]!, p) <= 0) chain.pop();
      chain.push(p);
    }
    chain.pop(); // each chain's last point starts the other
    return chain;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}
