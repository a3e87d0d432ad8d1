import type { ActivityController, ActivityHost } from '../../activity/definition';
import { createMetronome } from '../../audio/metronome';
import type { InputSample } from '../../input/input-sample';
import { newSeed } from '../../random/seeded-random';
import type { AttemptHead } from '../../schema/record-head';
import { ActivityScene } from '../../stage/activity-scene';
import type { HandScript } from '../../stage/hand-script';
import { mountScene } from '../../stage/mount-scene';
export { warmStage } from '../../stage/mount-scene';
import { playHandDemo, type Demo } from '../../stage/play-hand-demo';
import { performanceBeatClock } from './beat-clock';
import { buildFingersRecord, type PlayedRound } from './build-record';
import { FingersView, type SpotLook } from './fingers-view';
import { HoldRound } from './hold-round';
import { IsolationRound } from './isolation-round';
import { layoutFingers, type FingersLayout, type PlacedSpot } from './layout';
import { MirrorRound } from './mirror-round';
import { chosenHand, type FingersParams } from './params';
import { musicRoom } from './place';
import { RhythmRound } from './rhythm-round';
import type { FingersCue, FingersRound } from './round';
import { onSpot } from './spot';
import { SpeedRound } from './speed-round';
import { fingersAttemptSchema, type FingersAttempt } from './record';
import { fingersStrings } from './strings';
import { TogetherRound } from './together-round';
import { TouchRecorder } from './touch-recorder';

/** Pause after a game's end, for the reward, before the next. */
const RESULT_PAUSE_MS = 2600;
/** A hand has five fingers, and two hands are ten: every contact is seen. */
const MAX_POINTERS = 10;
/** A hand laid flat with the fingers spread, thumb tip to little fingertip, at about five (this project's middle of 4–8 years). */
const DEFAULT_SPAN_MM = 120;
/** How long a tap's answer shows on its spot before it dims. */
const FLASH_MS = 450;
/** The spans a hand laid flat can have, mm (the setting's limits): five touches outside them were not one hand. */
const MIN_SPAN_MM = 60;
const MAX_SPAN_MM = 220;

class FingersScene extends ActivityScene<FingersParams> {
  private layout!: FingersLayout;
  private round!: FingersRound;
  private played!: PlayedRound;
  private touches!: TouchRecorder;
  private view: FingersView | null = null;
  private hand: 'left' | 'right';
  private over = false;
  private flash: { roles: readonly PlacedSpot['role'][]; look: SpotLook; until: number } | null = null;

  constructor(host: ActivityHost, params: FingersParams, onReady: () => void) {
    super('fingers', host, params, fingersAttemptSchema, MAX_POINTERS, onReady);
    this.hand = chosenHand(params, host.handedness);
  }

  // ----- input -----

  start(s: InputSample): void {
    if (!this.attempt.ready || this.over) return;
    this.round.down(s);
    if (this.params.mode === 'mirror') this.view?.beginLine(s.pointerId, s.x < this.layout.axisXMm ? 'left' : 'right', this.toGame(s.x, s.y));
  }

  move(samples: readonly InputSample[]): void {
    if (!this.attempt.ready || this.over) return;
    for (const s of samples) this.round.move(s);
    if (this.params.mode === 'mirror') for (const s of samples) this.view?.addToLine(s.pointerId, [this.toGame(s.x, s.y)]);
  }

  end(s: InputSample): void {
    if (!this.attempt.ready || this.over) return;
    this.round.up(s);
    this.view?.endLine(s.pointerId);
  }

  cancel(pointerId: number): void {
    if (!this.attempt.ready || this.over) return;
    this.round.cancel(pointerId, performance.now());
    this.view?.endLine(pointerId);
  }

  touched(): boolean {
    return this.touches.log.contacts.length > 0;
  }

  // ----- the round -----

  protected showAttempt(originMs: number): void {
    this.over = false;
    this.flash = null;
    this.view?.destroy();
    if (this.round instanceof RhythmRound) this.round.stop();
    const p = this.params;
    const span = p.spanMm ?? this.host.handSpanMm ?? DEFAULT_SPAN_MM;
    this.layout = layoutFingers(p, this.hand, span, this.screenMm);
    if (this.layout.spanMm !== null && this.layout.spanMm < span - 0.5) this.host.showNotice(fingersStrings.smallerHand(span, this.layout.spanMm));
    this.touches = new TouchRecorder(originMs, this.screenMm.width);
    this.played = this.playFor(p, this.touches, (cue) => this.cued(cue));
    this.round = 'round' in this.played ? this.played.round : new MirrorRound(this.touches, this.layout, (cue) => this.cued(cue));
    this.view = new FingersView(this, this.layout, (mm) => this.mm(mm), (x, y) => this.toGame(x, y), p.corridorMm);
    delete this.host.parent.dataset.beats;
  }

  private playFor(p: FingersParams, touches: TouchRecorder, cue: (c: FingersCue) => void): PlayedRound {
    const spots = this.layout.spots;
    const spot = (role: string) => spots.find((s) => s.role === role)!;
    switch (p.mode) {
      case 'isolate': {
        const seed = p.seed ?? newSeed();
        return { mode: 'isolate', round: new IsolationRound(touches, spots, p.trials, seed, cue), seed, spanFrom: p.spanMm !== undefined ? 'setting' : this.host.handSpanMm !== null ? 'profile' : 'default' };
      }
      case 'tap': {
        const other = this.hand === 'left' ? 'right' : 'left';
        return { mode: 'tap', round: new SpeedRound(touches, spots, p.speedHands === 'both' ? [this.hand, other] : [this.hand], p.windowS * 1000, cue) };
      }
      case 'rhythm':
        return { mode: 'rhythm', round: new RhythmRound(touches, spot('drum'), { bpm: p.tempoBpm, syncBeats: p.syncBeats, continuationBeats: p.continuationBeats }, () => createMetronome() ?? performanceBeatClock(), cue) };
      case 'together':
        return { mode: 'together', round: new TogetherRound(touches, spot('left'), spot('right'), p.trials, cue) };
      case 'hold':
        return { mode: 'hold', round: new HoldRound(touches, spot('drum'), spots.filter((s) => s.role.startsWith('pattern-')), p.trials, cue) };
      case 'mirror':
        return { mode: 'mirror' };
    }
  }

  private cued(cue: FingersCue): void {
    if (cue === 'hit') { this.host.sound.play('drop'); this.succeeded(); }
    if (cue === 'miss') { this.host.sound.play('wrong'); this.encourage(); }
    if (cue === 'hit' || cue === 'miss') this.flashAnswer(cue);
    if (cue === 'begin') this.host.sound.play('start');
    if (cue === 'rest') this.host.sound.play('star');
    const round = this.round;
    if (cue === 'begin' && round instanceof RhythmRound) this.host.parent.dataset.beats = JSON.stringify(round.beatsAtMs.map((b) => Math.round(b * 10) / 10));
  }

  /** What was just answered shines a moment: the dot tapped (green, or grey if the tap was elsewhere), both targets pressed together, the light due tapped. */
  private flashAnswer(cue: 'hit' | 'miss'): void {
    const round = this.round;
    const until = performance.now() + FLASH_MS;
    if (round instanceof IsolationRound && round.lastTap) this.flash = { roles: [round.lastTap.finger], look: cue, until };
    if (round instanceof TogetherRound) this.flash = { roles: ['left', 'right'], look: 'hit', until };
    if (round instanceof HoldRound && cue === 'hit') this.flash = { roles: [round.pattern[(round.next + round.pattern.length - 1) % round.pattern.length]!.role], look: 'hit', until };
  }

  protected override tick(now: number): void {
    if (!this.view) return;
    if (!this.over) {
      this.round.tick(now);
      if (this.round.finished) this.finish();
    }
    this.showLooks(now);
    this.view.update();
  }

  /** Each spot's look from the round's state, a tap's answer flashing for a moment. */
  private showLooks(now: number): void {
    const view = this.view!, round = this.round;
    const held = (spot: PlacedSpot) => this.touches.holding.some((c) => onSpot(c, spot));
    const lit: string[] = [];
    const look = (spot: PlacedSpot, base: SpotLook) => {
      const flashing = this.flash && this.flash.until > now && this.flash.roles.includes(spot.role);
      view.show(spot.role, flashing ? this.flash!.look : base);
      if (base === 'lit' && spot.role !== 'thumb') lit.push(spot.role);
    };
    if (round instanceof IsolationRound) {
      for (const spot of this.layout.spots) look(spot, spot.role === 'thumb' ? (round.anchorHeld ? 'held' : 'lit') : round.lit?.finger === spot.role ? 'lit' : 'dim');
    } else if (round instanceof SpeedRound) {
      const target = round.target;
      for (const spot of this.layout.spots) look(spot, spot !== target ? 'hidden' : held(spot) ? 'held' : 'lit');
      view.showTime(target, target ? round.left(now) : null);
    } else if (round instanceof RhythmRound) {
      look(round.drum, round.beatShowing(now) ? 'lit' : held(round.drum) ? 'held' : 'dim');
    } else if (round instanceof TogetherRound) {
      const pressed = round.pressedNow;
      look(round.left, round.lit ? (pressed.left ? 'held' : 'lit') : 'dim');
      look(round.right, round.lit ? (pressed.right ? 'held' : 'lit') : 'dim');
    } else if (round instanceof HoldRound) {
      look(round.drum, round.drumHeld ? 'held' : 'lit');
      round.pattern.forEach((spot, i) => look(spot, round.from !== null && round.to === null && i === round.next ? (held(spot) ? 'held' : 'lit') : 'dim'));
    }
    // What is lit, for the people and tests watching (as data-demos counts the guide's showings).
    const shown = lit.join(' ');
    if (this.host.parent.dataset.lit !== shown) this.host.parent.dataset.lit = shown;
  }

  private finish(): void {
    this.over = true;
    this.attempt.finish<FingersAttempt>('finished', RESULT_PAUSE_MS);
    this.keepMeasuredHand();
    if (this.round instanceof RhythmRound) this.round.stop();
    this.view?.showTime(null, null);
    this.celebrate(undefined, undefined, 'good');
    this.endRound(true);
  }

  /**
   * The child laid the whole hand on the outline: its span, if it is the hand
   * the game asked for and a believable size, is kept in the profile and sizes
   * the outline from the next game on (a grown-up's setting still wins).
   */
  private keepMeasuredHand(): void {
    const measured = this.round instanceof IsolationRound ? this.round.measuredHand : null;
    if (!measured || measured.hand !== this.hand || this.params.spanMm !== undefined) return;
    if (measured.spanMm < MIN_SPAN_MM || measured.spanMm > MAX_SPAN_MM) return;
    this.host.rememberHandSpan?.(Math.round(measured.spanMm));
  }

  protected override placeMarkup(widthMm: number, heightMm: number): string {
    return musicRoom(widthMm, heightMm);
  }

  /** The guide's hands show the game: a thumb on its star and a tap; taps on the target; both targets pressed; both forms drawn a little way. */
  protected override demonstrate(ended: () => void): Demo | null {
    if (!this.params.demo || this.touched()) return null;
    const scripts = this.demoScripts();
    if (!scripts.length) return null;
    return playHandDemo(this, (mm) => this.mm(mm), scripts, { onEnd: ended });
  }

  private demoScripts(): HandScript[] {
    const { width, height } = this.screenMm;
    const g = (p: { x: number; y: number }) => this.toGame(p.x, p.y);
    const spot = (role: string) => this.layout.spots.find((s) => s.role === role);
    const tap = (at: { x: number; y: number }, times = 1) => [{ kind: 'move' as const, to: g(at), ms: 700 }, ...Array.from({ length: times }, () => [{ kind: 'press' as const }, { kind: 'wait' as const, ms: 180 }, { kind: 'lift' as const }, { kind: 'wait' as const, ms: 220 }]).flat()];
    const fromRight = this.toGame(width * 0.9, height - 10), fromLeft = this.toGame(width * 0.1, height - 10);
    switch (this.params.mode) {
      case 'isolate': return [{ from: fromRight, steps: [{ kind: 'move', to: g(spot('thumb')!), ms: 800 }, { kind: 'press' }, { kind: 'wait', ms: 500 }, ...tap(spot('index')!), { kind: 'wait', ms: 300 }] }];
      case 'tap': { const target = spot(this.hand)!; return [{ from: this.hand === 'left' ? fromLeft : fromRight, mirrored: this.hand === 'left', steps: tap(target, 4) }]; }
      case 'rhythm': return [{ from: fromRight, steps: tap(spot('drum')!, 3) }];
      case 'together': return [{ from: fromLeft, mirrored: true, steps: tap(spot('left')!) }, { from: fromRight, steps: tap(spot('right')!) }];
      case 'hold': {
        const drum = spot('drum')!, pattern = this.layout.spots.filter((s) => s.role.startsWith('pattern-'));
        const holding: HandScript = { from: drum.x < width / 2 ? fromLeft : fromRight, mirrored: drum.x < width / 2, steps: [{ kind: 'move', to: g(drum), ms: 700 }, { kind: 'press' }, { kind: 'wait', ms: 2600 }, { kind: 'lift' }] };
        return [holding, { from: drum.x < width / 2 ? fromRight : fromLeft, mirrored: drum.x >= width / 2, steps: [{ kind: 'wait', ms: 600 }, ...pattern.flatMap((p) => tap(p))] }];
      }
      case 'mirror': {
        const forms = this.layout.forms!;
        const along = (line: readonly { x: number; y: number }[]) => line.slice(0, 3).map((p) => ({ kind: 'move' as const, to: g(p), ms: 700 }));
        const draw = (side: 'left' | 'right') => [{ kind: 'move' as const, to: g(forms[side][0]![0]!), ms: 700 }, { kind: 'press' as const }, ...along(forms[side][0]!.slice(1)), { kind: 'lift' as const }];
        return [{ from: fromLeft, mirrored: true, steps: draw('left') }, { from: fromRight, steps: draw('right') }];
      }
    }
  }

  build(head: AttemptHead): unknown {
    return buildFingersRecord({ head, params: this.params, layout: this.layout, hand: this.hand, drawingHand: this.host.handedness, touches: this.touches, played: this.played });
  }

  override create(): void {
    super.create();
    // Leaving mid-beat: the clicks already scheduled on the audio clock stop with the scene.
    this.events.once('destroy', () => { if (this.round instanceof RhythmRound) this.round.stop(); });
  }
}

/** Starts a fingers game in the host's element; resolves once the first frame is ready. */
export function mountFingersScene(host: ActivityHost, params: FingersParams): Promise<ActivityController> {
  return mountScene(host.parent, (ready) => new FingersScene(host, params, ready));
}
