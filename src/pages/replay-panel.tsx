import { useEffect, useState } from 'preact/hooks';
import type { Replay } from '../activity/definition';
import type { AttemptSummary } from '../registry/attempt-summary';
import type { Attempt } from '../registry/attempt';
import { MEASURES, measuresOf } from '../registry/measures';
import { describeAttempt } from '../registry/steps';
import { shownValue } from '../report/shown-value';
import { attemptResult } from '../registry/attempt-result';
import { strings } from '../text/strings';

const t = strings.reports;
const SPEEDS = [0.5, 1, 2] as const;

/**
 * One attempt drawn again, with play/pause, speed (½×, 1×, 2×) and a scrub
 * bar over its own timeline, and its numbers beside it. The clock is the
 * records' sample times: at 1× the drawing unfolds as fast as it was made.
 */
export function ReplayPanel({ attempt, summary, View, title, onClose }: { attempt: Attempt; summary: AttemptSummary; View: Replay<Attempt>; title: string; onClose(): void }) {
  const duration = drawingDuration(attempt);
  const [elapsed, setElapsed] = useState(0);
  const [playing, setPlaying] = useState(true);
  const [speed, setSpeed] = useState<number>(1);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      setElapsed((was) => {
        const next = Math.min(duration, was + (now - last) * speed);
        if (next >= duration) setPlaying(false);
        return next;
      });
      last = now;
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, duration]);
  const c = t.replayControls;
  const line = describeAttempt(summary);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  return (
    <div class="replay-panel" role="dialog" aria-label={title} data-playing={String(playing)}>
      <p class="replay-title">{title}</p>
      <div class="replay-body">
        <View attempt={attempt} elapsed={elapsed} />
        <dl class="replay-metrics" aria-label={c.metrics}>
          <dt>{t.result}</dt><dd>{t.results[attemptResult(summary)]}</dd>
          <dt>{strings.data.columns.details}</dt><dd>{line.details}</dd>
          <dt>{strings.data.columns.task}</dt><dd>{line.task}</dd>
          {measuresOf(summary.activity).map((m) => {
            const value = MEASURES[m].read(summary);
            return value === null ? null : [<dt key={`${m}t`}>{MEASURES[m].name}</dt>, <dd key={`${m}d`}>{shownValue(m, value)}</dd>];
          })}
        </dl>
      </div>
      <div class="replay-controls">
        <button type="button" onClick={() => { if (elapsed >= duration) setElapsed(0); setPlaying(!playing); }}>
          {playing ? c.pause : elapsed >= duration ? c.again : c.play}
        </button>
        <fieldset class="speeds">
          <legend>{c.speed}</legend>
          {SPEEDS.map((s) => (
            <label key={s}><input type="radio" name="replay-speed" checked={speed === s} onChange={() => setSpeed(s)} /> {s}×</label>
          ))}
        </fieldset>
        <input type="range" aria-label={c.position} min={0} max={Math.max(1, Math.round(duration))} step={1} value={Math.round(elapsed)}
          onInput={(e) => { setPlaying(false); setElapsed(Number(e.currentTarget.value)); }} />
        <span class="replay-time">{c.time(seconds(elapsed), seconds(duration))}</span>
        <button type="button" onClick={onClose}>{t.close}</button>
      </div>
    </div>
  );
}

/** From the first sample to the last, ms: the replay's timeline. */
function drawingDuration(attempt: Attempt): number {
  let first = Infinity, last = -Infinity;
  for (const stroke of attempt.strokes) for (const p of stroke.points) { first = Math.min(first, p.t); last = Math.max(last, p.t); }
  return Number.isFinite(first) ? last - first : 0;
}
