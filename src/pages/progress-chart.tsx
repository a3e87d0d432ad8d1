import { MEASURES, type MeasureId } from '../registry/measures';
import type { ProgressSeries } from '../report/progress-series';
import { measureName } from '../registry/measures';
import { daySpread, daysBetween } from '../report/day-spread';
import { localDay } from '../report/local-day';
import { formatValue, shownScale, shownValue, unitText } from '../report/shown-value';
import { strings } from '../text/strings';


/** In viewBox units: printed one chart to a row (about 180 mm), 13-unit labels are 10 pt and the 6-unit dots 1.7 mm. */
const WIDTH = 640;
const HEIGHT = 190;
const MARGIN = { left: 52, right: 12, top: 12, bottom: 30 };

/**
 * One measure over time: a dot per attempt, and the session means joined by
 * a line. Each day is a column, its attempts spread across it in order
 * (day-spread.ts), so a session's ten tries do not stack on one line. All the
 * dots are one path (a zero-length segment each, drawn with round caps), so
 * thousands of attempts stay one element.
 */
export function ProgressChart({ series, measure }: { series: ProgressSeries; measure: MeasureId }) {
  const { unit, better } = MEASURES[measure];
  const scale = shownScale(measure);
  const points = series.points.map((p) => ({ ...p, value: p.value * scale }));
  const sessionMeans = series.sessionMeans.map((s) => ({ ...s, mean: s.mean * scale }));
  const { positions, days } = daySpread(points.map((p) => p.time), localDay);
  const columns = daysBetween(days[0]!, days.at(-1)!) + 1;
  const at = new Map(points.map((p, i) => [p.attemptId, positions[i]!]));
  const top = unit === '%' ? 100 : niceCeiling(Math.max(...points.map((p) => p.value)));
  const x = (position: number) => MARGIN.left + (position / columns) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (value: number) => HEIGHT - MARGIN.bottom - (value / top) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  const dots = points.map((p, i) => `M${x(positions[i]!).toFixed(1)} ${y(p.value).toFixed(1)}h0`).join('');
  // A session's mean sits amid its own dots.
  const meanAt = sessionMeans.map((s) => {
    const mine = points.filter((p) => p.sessionId === s.sessionId).map((p) => at.get(p.attemptId)!);
    return { ...s, x: x(mine.reduce((a, b) => a + b, 0) / mine.length) };
  });
  const meanLine = meanAt.map((s, i) => `${i ? 'L' : 'M'}${s.x.toFixed(1)} ${y(s.mean).toFixed(1)}`).join('');
  const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  const dayText = (d: string) => day.format(new Date(`${d}T12:00:00`));
  const name = measureName(measure);
  const latest = points.at(-1)!;
  const label = `${name}, ${strings.reports.better[better]}: ${strings.reports.chartSummary(points.length, shownValue(measure, latest.value / scale))}`;
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
        <text x={MARGIN.left} y={HEIGHT - 8}>{dayText(days[0]!)}</text>
        {columns > 1 && <text x={WIDTH - MARGIN.right} y={HEIGHT - 8} text-anchor="end">{dayText(days.at(-1)!)}</text>}
        <path d={dots} class="dots" />
        {meanLine && <path d={meanLine} class="means" />}
        {meanAt.map((s) => <rect key={s.sessionId} class="mean" x={s.x - 5} y={y(s.mean) - 5} width={10} height={10} transform={`rotate(45 ${s.x} ${y(s.mean)})`} />)}
      </svg>
      <p class="legend"><span class="key-dot" aria-hidden="true" /> {strings.reports.attempt} <span class="key-mean" aria-hidden="true" /> {strings.reports.sessionMean}</p>
    </figure>
  );
}

/** 1, 2 or 5 times a power of ten, at or above the value: round axis labels. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((n) => n >= value)!;
}

