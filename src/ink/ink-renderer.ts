/** A point in game pixels (device pixels of the canvas). Only renderers use these. */
export interface GamePoint {
  readonly x: number;
  readonly y: number;
}

/** What a scene needs from ink: strokes grow, the screen shows them at once. */
export interface InkRenderer {
  beginStroke(p: GamePoint): void;
  addPoints(points: readonly GamePoint[]): void;
  /** Where the stroke is likely to be next frame; drawn, never kept. */
  setPredicted(points: readonly GamePoint[]): void;
  endStroke(): void;
  /** Draws what changed since the last frame. Called once per frame. */
  update(): void;
  clear(): void;
  destroy(): void;
}

export interface InkStyle {
  widthPx: number;
  color: number;
}
