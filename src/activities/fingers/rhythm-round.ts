import type { InputSample } from '../../input/input-sample';
import { audioTimeErrorBoundMs, toAudioTime } from './audio-clock';
import type { BeatClock } from './beat-clock';
import type { PlacedSpot } from './layout';
import { metronomePlan, type MetronomePlan } from './metronome-plan';
import type { Cue, FingersRound } from './round';
import { onSpot } from './spot';
import type { TouchRecorder } from './touch-recorder';

/** From the tap that starts the metronome to its first beat: time to get ready, and the first beat is never late. */
const LEAD_S = 1.5;
/** After the continuation's end, a moment for a last tap's event to arrive. */
const GRACE_S = 0.3;

/** A tap kept with the beat: its contact, and its time on the beat clock, s. */
export interface BeatTap { readonly contact: number; readonly atS: number; readonly boundMs: number }

/**
 * Tapping with a beat, then alone: a tap on the drum starts the metronome;
 * `syncBeats` clicks play on the beat clock, then silence for as long again
 * as `continuationBeats`. Each tap's event time (performance.now() ms, as
 * PointerEvent.timeStamp) is put on the beat clock with a pair of readings
 * taken as it is handled (audio-clock.ts), and that mapping's error bound is
 * kept beside it.
 */
export class RhythmRound implements FingersRound {
  plan: MetronomePlan | null = null;
  /** The beats on performance.now(), ms, for the drum's pulse (and the tests, through the stage's data-beats). */
  beatsAtMs: number[] = [];
  readonly taps: BeatTap[] = [];
  finished = false;
  /** The attempt's time of the first beat, ms since the round began. */
  firstBeatMs: number | null = null;

  /** Chosen when the metronome starts: the audio clock if sound is running by then (the start tap resumes it), else performance.now(). */
  clock: BeatClock | null = null;

  constructor(readonly touches: TouchRecorder, readonly drum: PlacedSpot, private readonly tempo: { bpm: number; syncBeats: number; continuationBeats: number }, private readonly clockNow: () => BeatClock, private readonly cue: Cue) {}

  down(s: InputSample): void {
    const contact = this.touches.down(s);
    if (this.plan && this.clock) {
      const pair = this.clock.pair();
      // On performance.now() itself the mapping is exact: no render quantum stands between the clocks.
      const boundMs = this.clock.kind === 'audio' ? audioTimeErrorBoundMs(this.clock.sampleRate, pair.performanceTime - s.t) : 0;
      this.taps.push({ contact: contact.id, atS: toAudioTime(s.t, pair), boundMs });
      return;
    }
    if (!onSpot(contact, this.drum)) return;
    this.clock = this.clockNow();
    const pair = this.clock.pair();
    this.plan = metronomePlan(this.tempo.bpm, this.tempo.syncBeats, this.tempo.continuationBeats, this.clock.now() + LEAD_S);
    this.beatsAtMs = this.plan.beats.map((b) => pair.performanceTime + (b - pair.contextTime) * 1000);
    this.firstBeatMs = this.touches.since(this.beatsAtMs[0]!);
    this.clock.play(this.plan.beats);
    this.cue('begin');
  }

  move(s: InputSample): void {
    this.touches.move(s);
  }

  up(s: InputSample): void {
    this.touches.up(s);
  }

  cancel(pointerId: number, nowMs: number): void {
    this.touches.cancel(pointerId, nowMs);
  }

  tick(): void {
    if (this.plan && this.clock && this.clock.now() > this.plan.endS + GRACE_S) this.finished = true;
  }

  /** Whether the drum shows a beat now: for a tenth of a second from each beat (performance.now() ms). */
  beatShowing(nowMs: number): boolean {
    return this.beatsAtMs.some((b) => nowMs >= b && nowMs < b + 100);
  }

  stop(): void {
    this.clock?.stop();
  }
}
