import type Phaser from 'phaser';
import type { MmPolyline } from '../../geometry/units';
import { BakedInk } from '../../ink/baked-ink';
import type { GamePoint } from '../../ink/ink-renderer';
import type { Stroke } from '../../schema/parts';
import { palette } from '../../stage/palette';
import { playDemo } from './demo-view';
import type { TraceLayout } from './layout';
import type { TraceParams } from './params';
import { createStageView, START_DOT_RADIUS_MM, type MmToGame, type StageView } from './stage-view';

/** A crayon line, in mm so it is the same on every tablet: visible under a fingertip. */
const INK_WIDTH_MM = 3;

/** Everything tracing draws: the guide or the model, the child's ink, and the demonstration of the form. */
export class TracePicture {
  stage: StageView = { guide: null, model: null };
  ink!: BakedInk;
  private demo: { stop(): void } | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly params: TraceParams, private readonly mm: MmToGame) {}

  /** The guide or the model for this layout and corridor, and fresh ink. */
  draw(placed: TraceLayout, corridorMm: number, withInk: boolean): void {
    this.stage.guide?.destroy();
    this.stage.model?.destroy();
    this.stage = createStageView(this.scene, this.params, placed, corridorMm, this.mm);
    if (!withInk) return;
    this.ink?.destroy();
    this.ink = new BakedInk(this.scene, { widthPx: this.mm.length(INK_WIDTH_MM), color: palette.ink });
  }

  /** The ink of these strokes only: a palm's or a tap's mark goes. */
  redrawInk(strokes: readonly Stroke[]): void {
    this.ink.clear();
    for (const stroke of strokes) {
      const [first, ...rest] = stroke.points.map((p) => this.mm.point(p.x, p.y));
      if (!first) continue;
      this.ink.beginStroke(first);
      this.ink.addPoints(rest);
      this.ink.endStroke();
    }
  }

  showDemo(template: readonly MmPolyline[], onEnd: () => void): { stop(): void } {
    this.stopDemo();
    const demo = playDemo(this.scene, template, (x, y): GamePoint => this.mm.point(x, y),
      { dotPx: this.mm.length(START_DOT_RADIUS_MM * 0.8), trailPx: this.mm.length(INK_WIDTH_MM), mmToPx: (mm) => this.mm.length(mm) },
      () => { if (this.demo === demo) this.demo = null; onEnd(); });
    this.demo = demo;
    return demo;
  }

  stopDemo(): void {
    this.demo?.stop();
    this.demo = null;
  }
}
