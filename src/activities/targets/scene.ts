import type Phaser from 'phaser';
import type { ActivityController, ActivityHost } from '../../activity/definition';
import type { InputSample } from '../../input/input-sample';
import { newSeed } from '../../random/seeded-random';
import type { AttemptHead } from '../../schema/record-head';
import { ActivityScene } from '../../stage/activity-scene';
import { mountScene } from '../../stage/mount-scene';
export { warmStage } from '../../stage/mount-scene';
import { playHandDemo, type Demo } from '../../stage/play-hand-demo';
import { buildTargetsRecord } from './build-record';
import { fair, picnic, underWater } from './place';
import { fitRing } from './fit-ring';
import type { ModeStage, ModeView } from './mode-view';
import type { TargetsParams } from './params';
import { layoutPinch } from './pinch-round';
import { PinchView } from './pinch-view';
import { areaCentre, playArea } from './play-area';
import { PopView } from './pop-view';
import { targetsAttemptSchema, type TargetsAttempt } from './record';
import { RingView } from './ring-view';
import { targetsStrings } from './strings';
import { TouchLog } from './touch-log';

const RESULT_PAUSE_MS = 2800;
/** Each game's place: bubbles under water, a picnic for pinching, a fair for the ring. */
const PLACES = { pop: underWater, pinch: picnic, ring: fair } as const;

/** Targets: every touch logged whole; the game under way (pop, ring or pinch) answers it and draws. */
class TargetsScene extends ActivityScene<TargetsParams> {
  private mode!: ModeView;
  private touches!: TouchLog;
  private seed = 0;
  private scenery: Phaser.GameObjects.GameObject[] = [];
  private readonly stage: ModeStage = {
    scene: this,
    toGame: (x, y) => this.toGame(x, y),
    mm: (mm) => this.mm(mm),
    play: (sound) => this.host.sound.play(sound),
    track: (object) => { this.scenery.push(object); return object; },
    finish: () => this.finish(),
    hit: () => this.succeeded(),
    missed: () => this.encourage(),
  };

  constructor(host: ActivityHost, params: TargetsParams, onReady: () => void) {
    // Pop and ring take one finger at a time (a resting second finger is no tap); pinch takes every finger.
    super('targets', host, params, targetsAttemptSchema, params.mode === 'pinch' ? 10 : 1, onReady);
  }

  start(sample: InputSample): void {
    if (!this.attempt.ready) return;
    this.touches.start(sample);
    this.mode.down(sample);
  }

  move(samples: readonly InputSample[]): void {
    if (!this.attempt.ready) return;
    this.touches.move(samples);
    this.mode.move(samples);
  }

  end(sample: InputSample): void {
    if (!this.attempt.ready) return;
    this.touches.end(sample);
    this.mode.up(sample);
  }

  cancel(pointerId: number, reason: 'cancel' | 'palm'): void {
    if (!this.attempt.ready) return;
    this.touches.cancel(pointerId, reason === 'palm');
    this.mode.cancel(pointerId, reason === 'palm');
  }

  touched(): boolean {
    return this.touches.strokes.length > 0;
  }

  protected override tick(now: number): void {
    if (this.attempt.ready) this.mode.tick(now);
  }

  protected showAttempt(originMs: number): void {
    this.seed = this.params.seed ?? newSeed();
    const area = playArea(this.screenMm.width, this.screenMm.height);
    this.tweens.killAll();
    for (const object of this.scenery.splice(0)) object.destroy();
    this.touches = new TouchLog(originMs);
    switch (this.params.mode) {
      case 'pop':
        this.mode = new PopView(this.stage, this.params, area, this.seed, originMs);
        break;
      case 'ring': {
        const room = Math.min(area.width, area.height);
        const fit = fitRing(this.params, room);
        if (fit.largestThatFits) this.host.showNotice(targetsStrings.ringNoneFits(Math.floor(room), fit.largestThatFits.amplitudeMm, fit.largestThatFits.widthMm));
        else if (fit.skipped) this.host.showNotice(targetsStrings.ringTooBig(fit.skipped, Math.floor(room)));
        this.mode = new RingView(this.stage, fit.conditions, areaCentre(area), originMs);
        break;
      }
      case 'pinch':
        this.mode = new PinchView(this.stage, layoutPinch(area, this.params.items, this.params.sizeMm, this.seed), originMs);
        break;
    }
  }

  protected override roundProgress(): { done: number; total: number } {
    return this.mode.game.round.progress;
  }

  protected override placeMarkup(widthMm: number, heightMm: number): string {
    return PLACES[this.params.mode](widthMm, heightMm);
  }

  protected override demonstrate(ended: () => void): Demo | null {
    const demo = this.mode.demo();
    if (!demo) return null;
    return playHandDemo(this, (mm) => this.mm(mm), demo.scripts, { onFrame: demo.onFrame, onEnd: () => { demo.onEnd?.(); ended(); } });
  }

  /** Every target, hit or not: save, celebrate, and set up the next round. */
  private finish(): void {
    const { metrics } = this.attempt.finish<TargetsAttempt>('finished', RESULT_PAUSE_MS);
    const slips = metrics.mode === 'pinch' ? metrics.failedGrasps : metrics.misses;
    this.celebrate(undefined, undefined, slips === 0 ? 'great' : 'good');
    this.endRound(true);
  }

  build(head: AttemptHead): unknown {
    return buildTargetsRecord({ head, params: { ...this.params, seed: this.seed }, game: this.mode.game, touches: this.touches });
  }
}

/** Starts targets in the host's element; resolves once the first frame is ready. */
export function mountTargetsScene(host: ActivityHost, params: TargetsParams): Promise<ActivityController> {
  return mountScene(host.parent, (ready) => new TargetsScene(host, params, ready));
}
