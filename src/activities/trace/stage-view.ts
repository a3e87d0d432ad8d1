import type Phaser from 'phaser';
import { resample } from '../../geometry/resample';
import { mmPoint, type MmPolyline } from '../../geometry/units';
import type { GamePoint } from '../../ink/ink-renderer';
import { formDots, formTemplate, placeTemplate } from '../../forms/forms';
import { GuideView, type GuideStyle } from './guide-view';
import type { TraceLayout } from './layout';
import { ModelView } from './model-view';
import type { TraceParams } from './params';

/** Sizes on screen, in mm so they are the same physical size on every tablet. */
const GUIDE_WIDTH_MM = 1.2;
export const START_DOT_RADIUS_MM = 4.5;
const DOTTED_STEP_MM = 3.5;
const DOTTED_RADIUS_MM = 0.8;
const DOT_RADIUS_MM = 2;
/** The model is printed like a test sheet's: a firm pencil line. */
const MODEL_LINE_MM = 1.6;
const BOX_EDGE_MM = 0.5;

/** How the scene maps mm to its game pixels. */
export interface MmToGame {
  point(x: number, y: number): GamePoint;
  length(mm: number): number;
}

/**
 * What the stage shows for the guidance stage: the path's guide (trace,
 * dotted, dots), or the model and the drawing box (copy, memory).
 */
export interface StageView { guide: GuideView | null; model: ModelView | null }

export function createStageView(scene: Phaser.Scene, params: TraceParams, placed: TraceLayout, corridorMm: number, mm: MmToGame): StageView {
  const game = (lines: readonly MmPolyline[]) => lines.map((line) => line.map((p) => mm.point(p.x, p.y)));
  const { model, drawingBox, centre } = placed;
  if (model && drawingBox) {
    const size = drawingBox.width * model.scale;
    const modelLines = placeTemplate(formTemplate(params.form, params.sizeMm * model.scale), model.centre);
    const box = (x: number, y: number, w: number) => ({ ...mm.point(x, y), width: mm.length(w), height: mm.length(w) });
    return {
      guide: null,
      model: new ModelView(scene, game(modelLines), box(model.centre.x - size / 2, model.centre.y - size / 2, size), box(drawingBox.x, drawingBox.y, drawingBox.width), {
        linePx: mm.length(MODEL_LINE_MM * Math.max(0.6, model.scale)),
        edgePx: mm.length(BOX_EDGE_MM),
      }),
    };
  }
  const stage = params.guide;
  const toGame = (p: { x: number; y: number }) => mm.point(p.x, p.y);
  const style: GuideStyle = {
    corridorPx: stage === 'trace' ? mm.length(corridorMm) : null,
    solidPx: stage === 'trace' ? mm.length(GUIDE_WIDTH_MM) : null,
    dotted: stage === 'dotted' ? { points: placed.template.flatMap((line) => resample(line, DOTTED_STEP_MM)).map(toGame), radiusPx: mm.length(DOTTED_RADIUS_MM) } : null,
    dots: stage === 'dots' ? { points: formDots(params.form, params.sizeMm).map((line) => line.map((p) => toGame(mmPoint(p.x + centre.x, p.y + centre.y)))), radiusPx: mm.length(DOT_RADIUS_MM) } : null,
    arrow: stage === 'trace',
    startRadiusPx: mm.length(START_DOT_RADIUS_MM),
  };
  return { guide: new GuideView(scene, game(placed.template), style), model: null };
}
