import { MEASURES, type MeasureId } from '../registry/measures';
import type { ProgressSeries } from '../report/progress-series';
import { measureName } from '../registry/measures';
import { formatValue, shownScale, shownValue, unitText } from '../report/shown-value';
import { strings } from '../text/strings';


const WIDTH = 640;
const HEIGHT = 190;
const MARGIN = { left: 48, right: 12, top: 12, bottom: 28 };
/** A single day's attempts still get a visible time axis. */
const MIN_SPAN_MS = 24 * 3600 * 1000;

/**
 * One measure over time: a dot per attempt, and the session means joined by
 * a line. All the dots are one path (a zero-length segment each, drawn with
 * round caps), so thousands of attempts stay one element.
 */
export function ProgressChart({ series, measure }: { series: ProgressSeries; measure: MeasureId }) {
  const { unit, better } = MEASURES[measure];
  const scale = shownScale(measure);
  const points = series.points.map((p) => ({ ...p, value: p.value * scale }));
  const sessionMeans = series.sessionMeans.map((s) => ({ ...s, mean: s.mean * scale }));
  const times = points.map((p) => p.time);
  // A short span (one session) sits in the middle of at least a day, not squashed against the left edge.
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const pad = Math.max(0, MIN_SPAN_MS - (last - first)) / 2;
  const t0 = first - pad;
  const t1 = last + pad;
  const top = unit === '%' ? 100 : niceCeiling(Math.max(...points.map((p) => p.value)));
  const x = (time: number) => MARGIN.left + ((time - t0) / (t1 - t0)) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (value: number) => HEIGHT - MARGIN.bottom - (value / top) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  const dots = points.map((p) => `M${x(p.time).toFixed(1)} ${y(p.value).toFixed(1)}h0`).join('');
  const meanLine = sessionMeans.map((s, i) => `${i ? 'L' : 'M'}${x(s.time).toFixed(1)} ${y(s.mean).toFixed(1)}`).join('');
  const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
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
        <text x={MARGIN.left} y={HEIGHT - 8}>{day.format(t0)}</text>
        <text x={WIDTH - MARGIN.right} y={HEIGHT - 8} text-anchor="end">{day.format(t1)}</text>
        <path d={dots} class="dots" />
        {meanLine && <path d={meanLine} class="means" />}
        {sessionMeans.map((s) => <rect key={s.sessionId} class="mean" x={x(s.time) - 4} y={y(s.mean) - 4} width={8} height={8} transform={`rotate(45 ${x(s.time)} ${y(s.mean)})`} />)}
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

