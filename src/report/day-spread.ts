/** Share of a day's column the day's attempts spread over: the rest keeps neighbouring days apart. */
const DAY_FILL = 0.8;

/**
 * Where each attempt sits along a chart's time axis, in days from the first
 * day shown: each day is one column, and that day's attempts spread evenly
 * across it in the order they were made, so ten attempts in one session are
 * ten dots side by side rather than one stack. `dayOf` names an instant's
 * day (the device's, as the report's dates are).
 */
export function daySpread(times: readonly number[], dayOf: (time: number) => string): { positions: number[]; days: string[] } {
  const order = times.map((time, i) => ({ time, i, day: dayOf(time) })).sort((a, b) => a.time - b.time);
  const days = [...new Set(order.map((o) => o.day))].sort();
  const first = days[0];
  const positions = new Array<number>(times.length);
  const byDay = new Map<string, typeof order>();
  for (const o of order) {
    const mine = byDay.get(o.day);
    if (mine) mine.push(o);
    else byDay.set(o.day, [o]);
  }
  for (const [day, mine] of byDay) {
    const column = first === undefined ? 0 : daysBetween(first, day);
    mine.forEach((o, k) => { positions[o.i] = column + (1 - DAY_FILL) / 2 + (DAY_FILL * (k + 0.5)) / mine.length; });
  }
  return { positions, days };
}

/** Whole days from one yyyy-mm-dd to another (calendar days: a clock change does not make half a day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) - Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10))) / 86_400_000);
}
