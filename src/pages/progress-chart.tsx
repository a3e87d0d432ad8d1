import { MEASURES, type MeasureId } from '../registry/measures';
import type { ProgressSeries } from '../report/progress-series';
import { measureName } from '../registry/measures';
import type { ChartAxis } from '../report/chart-axis';
import { DATE_FORMATS } from './date-formats';
import { formatValue, shownScale, shownValue, unitText } from '../report/shown-value';
import { strings } from '../text/strings';


/** In viewBox units: printed one chart to a row (about 180 mm), 13-unit labels are 10 pt and the 6-unit dots 1.7 mm. */
const WIDTH = 640;
const HEIGHT = 190;
const MARGIN = { left: 52, right: 12, top: 12, bottom: 30 };
/** Half the diagonal of a session mean's diamond: 7 units, a 10-unit square turned. */
const MEAN_HALF = 7;

/**
 * One measure over time: a dot per attempt, and the session means joined by
 * a line. Each day is a column, its attempts spread across it in order
 * (day-spread.ts), so a session's ten tries do not stack on one line. All the
 * dots are one path (a zero-length segment each, drawn with round caps), and
 * all the sessions' diamonds another, so thousands of attempts and hundreds
 * of sessions stay a few elements.
 */
export function ProgressChart({ series, measure, axis }: { series: ProgressSeries; measure: MeasureId; axis: ChartAxis }) {
  const { unit, better } = MEASURES[measure];
  const scale = shownScale(measure);
  const { points } = series;
  const sessionMeans = series.sessionMeans.map((s) => ({ ...s, mean: s.mean * scale }));
  const positions = points.map((p) => axis.position.get(p.attemptId)!);
  const { columns } = axis;
  let highest = 0;
  for (const p of points) highest = Math.max(highest, p.value * scale);
  const top = unit === '%' ? 100 : niceCeiling(highest);
  const x = (position: number) => MARGIN.left + (position / columns) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (value: number) => HEIGHT - MARGIN.bottom - (value / top) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  const dots = dotsPath(points.length, (i) => x(positions[i]!), (i) => y(points[i]!.value * scale));
  // A session's mean sits amid its own dots (one pass: a report may hold hundreds of sessions).
  const across = new Map<string, { sum: number; n: number }>();
  points.forEach((p, i) => {
    if (!p.sessionId) return;
    const s = across.get(p.sessionId) ?? { sum: 0, n: 0 };
    s.sum += positions[i]!;
    s.n += 1;
    across.set(p.sessionId, s);
  });
  const meanAt = sessionMeans.map((s) => ({ ...s, x: x(across.get(s.sessionId)!.sum / across.get(s.sessionId)!.n) }));
  const meanLine = meanAt.map((s, i) => `${i ? 'L' : 'M'}${s.x.toFixed(1)} ${y(s.mean).toFixed(1)}`).join('');
  const dayText = (d: string) => DATE_FORMATS.dayMonth.format(new Date(`${d}T12:00:00`));
  const name = measureName(measure);
  const latest = points.at(-1)!;
  const label = `${name}, ${strings.reports.better[better]}: ${strings.reports.chartSummary(points.length, shownValue(measure, latest.value))}`;
  return (
    <figure class="chart" data-measure={measure}>
      <figcaption>{name} <span class="unit">{unitText(unit) && `(${unitText(unit)}) · `}{strings.reports.better[better]}</span></figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        {[0, top / 2, top].map((v) => (
          <g key={v}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(v)} y2={y(v)} class="grid" />
            <text x={MARGIN.left - 6} y={y(v) + 4} text-anchor="end">{formatValue(v)}</text>
          </g>
        ))}
        <text x={MARGIN.left} y={HEIGHT - 8}>{dayText(axis.firstDay)}</text>
        {columns > 1 && <text x={WIDTH - MARGIN.right} y={HEIGHT - 8} text-anchor="end">{dayText(axis.lastDay)}</text>}
        <path d={dots} class="dots" />
        {meanLine && <path d={meanLine} class="means" />}
        {meanAt.length > 0 && <path class="mean" d={meanAt.map((s) => `M${s.x.toFixed(1)} ${(y(s.mean) - MEAN_HALF).toFixed(1)}l${MEAN_HALF} ${MEAN_HALF}l-${MEAN_HALF} ${MEAN_HALF}l-${MEAN_HALF} -${MEAN_HALF}z`).join('')} />}
      </svg>
      <p class="legend"><span class="key-dot" aria-hidden="true" /> {strings.reports.attempt} <span class="key-mean" aria-hidden="true" /> {strings.reports.sessionMean}</p>
    </figure>
  );
}

/**
 * Every dot as a zero-length segment of one path, a dot per whole viewBox
 * unit: dots closer than a unit (a sixth of the 6-unit dot) are one dot
 * on screen and on paper, so a year of attempts draws once per place.
 */
function dotsPath(count: number, xOf: (i: number) => number, yOf: (i: number) => number): string {
  const seen = new Set<number>();
  let path = '';
  for (let i = 0; i < count; i++) {
    const rx = Math.round(xOf(i));
    const ry = Math.round(yOf(i));
    const key = rx * 4096 + ry;
    if (seen.has(key)) continue;
    seen.add(key);
    path += `M${rx} ${ry}h0`;
  }
  return path;
}

/** 1, 2 or 5 times a power of ten, at or above the value: round axis labels. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((n) => n >= value)!;
}

