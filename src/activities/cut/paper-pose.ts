import { mmPoint, type MmPoint } from '../../geometry/units';

/** The sheet's size, in mm: its own frame runs from (0, 0) at its top-left corner to (width, height). */
export interface PaperSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Where the sheet lies on the screen: its centre (screen mm) and how far the
 * helping hand has turned it (radians, clockwise on the screen, as y points down).
 */
export interface PaperPose {
  readonly centre: MmPoint;
  readonly angle: number;
}

/**
 * A screen point in the sheet's own frame. Every accuracy measure is taken
 * there: a cut is judged against the line as printed on the paper, however
 * the paper has been turned.
 */
export function toPaper(screen: MmPoint, pose: PaperPose, paper: PaperSize): MmPoint {
  const dx = screen.x - pose.centre.x;
  const dy = screen.y - pose.centre.y;
  const cos = Math.cos(pose.angle);
  const sin = Math.sin(pose.angle);
  return mmPoint(cos * dx + sin * dy + paper.width / 2, -sin * dx + cos * dy + paper.height / 2);
}

/** A point of the sheet where it now lies on the screen: toPaper's inverse. */
export function toScreen(onPaper: MmPoint, pose: PaperPose, paper: PaperSize): MmPoint {
  const dx = onPaper.x - paper.width / 2;
  const dy = onPaper.y - paper.height / 2;
  const cos = Math.cos(pose.angle);
  const sin = Math.sin(pose.angle);
  return mmPoint(cos * dx - sin * dy + pose.centre.x, sin * dx + cos * dy + pose.centre.y);
}
