import { useMemo } from 'preact/hooks';
import { measuredTemplate } from './measured-template';
import type { TraceAttempt } from './record';
import { createPolylineIndex } from '../../geometry/polyline-index';
import { mmPoint, type MmPolyline } from '../../geometry/units';
import { strings } from '../../text/strings';

/** Where the ink is, against the corridor: inside it, within another half-width, or further out. */
const COLOURS = { inside: '#1f9d55', near: '#e69b00', far: '#d64545' } as const;
/** Room around the drawing, mm. */
const PAD_MM = 8;

interface InkSegment { x1: number; y1: number; x2: number; y2: number; t: number; colour: string }

/**
 * The child's ink drawn again over the template as it stood `elapsed` ms
 * after the first sample, each piece coloured by its distance from the path
 * the metrics used.
 */
export function TraceReplay({ attempt, elapsed }: { attempt: TraceAttempt; elapsed: number }) {
  const corridorMm = attempt.adaptive?.corridorMm ?? attempt.params.corridorMm;
  const template = useMemo(() => measuredTemplate(attempt), [attempt]);
  const segments = useMemo(() => inkSegments(attempt, template, corridorMm), [attempt, template, corridorMm]);
  const end = segments.at(-1)?.t ?? 0;
  const all = [...template.flat(), ...attempt.strokes.flatMap((s) => s.points)];
  const minX = Math.min(...all.map((p) => p.x)) - PAD_MM;
  const minY = Math.min(...all.map((p) => p.y)) - PAD_MM;
  const width = Math.max(...all.map((p) => p.x)) + PAD_MM - minX;
  const height = Math.max(...all.map((p) => p.y)) + PAD_MM - minY;
  const templatePath = template.map((line) => line.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(2)} ${p.y.toFixed(2)}`).join('')).join('');
  return (
    <figure class="replay" data-playing={String(elapsed < end)}>
      <svg viewBox={`${minX} ${minY} ${width} ${height}`} role="img" aria-label={strings.reports.replay}>
        <path d={templatePath} class="corridor" stroke-width={corridorMm} />
        <path d={templatePath} class="path" />
        {segments.filter((s) => s.t <= elapsed).map((s, i) => <line key={i} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke={s.colour} class="ink" />)}
      </svg>
      <figcaption>{strings.reports.replayLegend}</figcaption>
    </figure>
  );
}

function inkSegments(attempt: TraceAttempt, template: readonly MmPolyline[], corridorMm: number): InkSegment[] {
  // The same nearest-point search the scoring uses, so the colours agree with the metrics.
  const index = createPolylineIndex(template);
  const segments: InkSegment[] = [];
  for (const stroke of attempt.strokes) {
    for (let i = 1; i < stroke.points.length; i++) {
      const a = stroke.points[i - 1]!;
      const b = stroke.points[i]!;
      const d = index.nearest(mmPoint(b.x, b.y)).distance;
      const colour = d <= corridorMm / 2 ? COLOURS.inside : d <= corridorMm ? COLOURS.near : COLOURS.far;
      segments.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, t: b.t - (attempt.strokes[0]?.points[0]?.t ?? 0), colour });
    }
  }
  return segments;
}
