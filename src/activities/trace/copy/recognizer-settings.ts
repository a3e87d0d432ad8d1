/**
 * The recognizer's thresholds that are learnt from strokes people drew
 * rather than reasoned out: each is chosen by `tuneRecognizer`
 * (tune-recognizer.ts) from the candidates it lists. Their accuracy on
 * people the tuning never saw is measured by holding each person out in turn
 * (docs/benchmarks.md#recognition); a unit test checks that these are what
 * the tuning picks from all seven people of ../shared/data/human-unistrokes.
 */
export interface RecognizerSettings {
  /** Further than this $P distance from every allowed template, a drawing is "unrecognized". */
  rejectAbove: number;
  /** The same for the closed forms, whose drawings sit much nearer their templates than a question mark does to a circle. */
  closedRejectAbove: number;
  /** A closed figure's ends lie within this share of its size of other ink: a quick circle stops short, a "C" does not. */
  closingGapShare: number;
  /** A closed figure's ink lies in (nearly) every direction round its centre (angularCoverage); a zigzag folded back, or a "C", does not. */
  minFigureCoverage: number;
  /** A closed figure whose hull fills at most this share of its smallest rectangle can be a triangle (½ exactly), not a circle (π/4). */
  triangleFillMax: number;
  /** A circle's hull fills at most this share of its smallest rectangle (an ellipse π/4): a square with its corners cut off fills more. */
  circleFillMax: number;
  /** A circle's ink lies evenly round the middle of its box: its radial spread is at most this (a question mark's stem is not). */
  maxCircleSpread: number;
  /** …and at least this share can be a square (1 exactly) however its corners were counted: a rounded rectangle is still four-sided. */
  squareFillMin: number;
  /** A stroke that crosses itself makes an X only if the loop between its passes is angular: at most this hull fill (a pigtail's loop is round). */
  maxLoopFill: number;
  /** …and the four arms at the crossing each reach at least this share of the size (an arrow's head, a brace's kink do not). */
  minArmShare: number;
  /** Two crossing lines wind about once round their centre; scribbled loops and a star wind more. */
  maxCrossingTurns: number;
}

/**
 * Where tuning starts, reasoned from geometry before looking at anyone's
 * strokes, and what a setting stays at when the strokes cannot tell better.
 * Not data: a person held out of the tuning has no say in these.
 */
export const REASONED_SETTINGS: RecognizerSettings = {
  rejectAbove: 0.12,
  closedRejectAbove: 0.12,
  // A circle short by a sixth of its round leaves a gap of half its size; a little less.
  closingGapShare: 0.45,
  // Short by a sixth of the way round.
  minFigureCoverage: 0.83,
  // Half way between a triangle's ½ and an ellipse's π/4, and between π/4 and a rectangle's 1.
  triangleFillMax: 0.64,
  squareFillMin: 0.89,
  circleFillMax: 0.89,
  // A square's ink spreads about 0.1; a circle's none: twice a square's allows a wobble.
  maxCircleSpread: 0.2,
  // Half way between a triangular loop's ½ and a round loop's π/4.
  maxLoopFill: 0.64,
  // Half an X's arm.
  minArmShare: 0.25,
  // Half way between once round and twice.
  maxCrossingTurns: 1.5,
};

/** Chosen by tuneRecognizer from REASONED_SETTINGS on all 3,360 strokes of the seven people (a unit test checks it). */
export const RECOGNIZER_SETTINGS: RecognizerSettings = {
  rejectAbove: 0.08,
  closedRejectAbove: 0.06,
  closingGapShare: 0.425,
  minFigureCoverage: 0.7833,
  triangleFillMax: 0.64,
  squareFillMin: 0.84,
  circleFillMax: 0.89,
  maxCircleSpread: 0.2,
  maxLoopFill: 0.62,
  minArmShare: 0.25,
  maxCrossingTurns: 1.5,
};
