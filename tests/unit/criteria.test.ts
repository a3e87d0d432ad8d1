import { describe, expect, it } from 'vitest';
import { checkCriteria, CRITERIA_OF, type CriterionId } from '../../src/activities/trace/copy/criteria';
import { criterionText } from '../../src/activities/trace/strings';
import { shapeFeatures } from '../../src/activities/trace/copy/shape-features';
import { FORM_IDS, formTemplate, placeTemplate, type FormId } from '../../src/forms/forms';
import { mmPoint, type MmPolyline } from '../../src/geometry/units';
import { fitToBox, humanStrokes } from './helpers';

const at = (lines: readonly MmPolyline[]) => placeTemplate(lines, mmPoint(100, 80));
const line = (...xy: number[]): MmPolyline => Array.from({ length: xy.length / 2 }, (_, i) => mmPoint(xy[2 * i]!, xy[2 * i + 1]!));
const arc = (rx: number, ry: number, fromDeg: number, toDeg: number, steps = 96): MmPolyline =>
  Array.from({ length: steps + 1 }, (_, i) => { const a = ((fromDeg + ((toDeg - fromDeg) * i) / steps) * Math.PI) / 180; return mmPoint(rx * Math.cos(a), ry * Math.sin(a)); });
const rotate = (lines: readonly MmPolyline[], deg: number) => { const r = (deg * Math.PI) / 180; return lines.map((l) => l.map((p) => mmPoint(p.x * Math.cos(r) - p.y * Math.sin(r), p.x * Math.sin(r) + p.y * Math.cos(r)))); };
const met = (form: FormId, drawing: readonly MmPolyline[], id: CriterionId) => checkCriteria(form, at(drawing)).find((c) => c.id === id)!.met;

describe('copy criteria', () => {
  it.each(FORM_IDS)('a perfect %s meets all its criteria, reported one by one in order', (form) => {
    const result = checkCriteria(form, at(formTemplate(form, 60)));
    expect(result.map((c) => c.id)).toEqual(CRITERIA_OF[form]);
    expect(result.filter((c) => !c.met)).toEqual([]);
    // Records keep the id; the wording a grown-up reads comes from the catalogue, by that id.
    for (const c of result) expect(criterionText(c.id).length).toBeGreaterThan(10);
  });

  it('an empty drawing meets nothing', () => {
    for (const form of FORM_IDS) expect(checkCriteria(form, []).every((c) => !c.met)).toBe(true);
  });

  it('lines: more than half within 30° of the axis', () => {
    expect(met('vertical', [line(0, -30, 12, 30)], 'vertical-within-30')).toBe(true); // 11° off
    expect(met('vertical', [line(0, -30, 40, 30)], 'vertical-within-30')).toBe(false); // 34° off
    expect(met('vertical', [line(0, -40, 0, 0, 30, 10)], 'vertical-within-30')).toBe(true); // 40 mm upright, 32 mm lying: more than half
    expect(met('vertical', [line(0, -25, 0, 0, 30, 10)], 'vertical-within-30')).toBe(false); // 25 mm upright, 32 mm lying
    expect(met('horizontal', [line(-30, 0, 30, 15)], 'horizontal-within-30')).toBe(true);
    expect(met('horizontal', [line(-20, 20, 20, -20)], 'horizontal-within-30')).toBe(false);
  });

  it('circle: closed, and at most 2:1', () => {
    expect(met('circle', [arc(30, 30, -90, 290)], 'circle-closed')).toBe(true); // runs past its start
    expect(met('circle', [arc(30, 30, -90, 180)], 'circle-closed')).toBe(false); // a "C"
    expect(met('circle', [arc(30, 30, 0, 180), arc(30, 30, 180, 360)], 'circle-closed')).toBe(true); // two halves
    expect(met('circle', [arc(36, 20, 0, 360)], 'circle-aspect')).toBe(true); // 1.8:1
    expect(met('circle', [arc(40, 16, 0, 360)], 'circle-aspect')).toBe(false); // 2.5:1
  });

  it('cross: two lines that cross, arms of 6 mm, each within 20° of its axis', () => {
    const cross = [line(0, -30, 0, 30), line(-30, 0, 30, 0)];
    expect(met('cross', cross, 'cross-lines-intersect')).toBe(true);
    expect(met('cross', [line(0, -30, 0, 30), line(3, 0, 40, 0)], 'cross-lines-intersect')).toBe(false); // a gap: they do not meet
    expect(met('cross', [line(0, -30, 0, 30), line(-30, 0, 4, 0)], 'cross-arms-6mm')).toBe(false); // 4 mm past the vertical
    expect(met('cross', [line(0, -30, 0, 30), line(-30, 0, 7, 0)], 'cross-arms-6mm')).toBe(true);
    expect(met('cross', rotate(cross, 15), 'cross-lines-on-axes')).toBe(true);
    expect(met('cross', rotate(cross, 30), 'cross-lines-on-axes')).toBe(false);
  });

  it('diagonals: mostly within their slope band, with no abrupt change', () => {
    expect(met('diagonal-right', [line(-30, -30, 30, 30)], 'diagonal-right-angle')).toBe(true); // 135°
    expect(met('diagonal-right', [line(-8, -30, 8, 30)], 'diagonal-right-angle')).toBe(false); // 105°: too steep
    expect(met('diagonal-left', [line(30, -30, -30, 30)], 'diagonal-left-angle')).toBe(true); // 45°
    expect(met('diagonal-left', [line(-30, -30, 30, 30)], 'diagonal-left-angle')).toBe(false);
    expect(met('diagonal-right', [line(-30, -30, 30, 30)], 'diagonal-no-abrupt-turn')).toBe(true);
    expect(met('diagonal-right', [line(-30, -30, 10, 10, 40, -5)], 'diagonal-no-abrupt-turn')).toBe(false); // a hook at the end
  });

  it('square: four clear sides and corners, corners between 60° and 120°', () => {
    const square = formTemplate('square', 60);
    const fourStrokes = [line(-30, -30, -30, 30), line(-30, 30, 30, 30), line(30, 30, 30, -30), line(30, -30, -30, -30)];
    for (const id of CRITERIA_OF.square) expect(met('square', fourStrokes, id)).toBe(true);
    expect(met('square', [arc(30, 30, 0, 360)], 'square-four-sides')).toBe(false); // a circle has no sides
    expect(met('square', [line(-30, -30, -30, 30, 30, 30, 30, -30)], 'square-four-corners')).toBe(false); // open at the top
    const rhombus = [line(0, -30, -20, 0, 0, 30, 20, 0, 0, -30)]; // corners of 67° and 113°
    expect(met('square', rhombus, 'square-corner-angles')).toBe(true);
    const flat = [line(0, -12, -35, 0, 0, 12, 35, 0, 0, -12)]; // corners of 38° and 142°
    expect(met('square', flat, 'square-corner-angles')).toBe(false);
    expect(met('square', square, 'square-corner-angles')).toBe(true);
  });

  it('X: two oblique lines crossing, the longest arm at most twice the shortest', () => {
    expect(met('x', [line(-30, -30, 30, 30), line(30, -30, -30, 30)], 'x-oblique-lines-cross')).toBe(true);
    expect(met('x', [line(-30, -30, 30, 30), line(30, -20, -30, 40)], 'x-oblique-lines-cross')).toBe(true);
    expect(met('x', [line(-30, -30, 30, 30), line(100, -30, 40, 30)], 'x-oblique-lines-cross')).toBe(false); // they miss
    expect(met('x', [line(-30, -30, 30, 30), line(30, -30, -30, 30)], 'x-arms-balanced')).toBe(true);
    expect(met('x', [line(-30, -30, 30, 30), line(50, -10, 10, 30)], 'x-arms-balanced')).toBe(false); // crosses near one end
    expect(met('x', [line(-30, -30, 30, 30, 30, -30, -30, 30)], 'x-arms-balanced')).toBe(true); // one stroke, joined along the side
  });

  it('triangle: three clear sides and corners, closed', () => {
    const open = [line(0, -30, -30, 25, 30, 25)];
    expect(met('triangle', open, 'triangle-three-sides')).toBe(false);
    expect(met('triangle', open, 'triangle-three-corners')).toBe(false);
    const threeStrokes = [line(0, -30, -30, 25), line(-30, 25, 30, 25), line(30, 25, 0, -30)];
    expect(met('triangle', threeStrokes, 'triangle-three-sides')).toBe(true);
    expect(met('triangle', threeStrokes, 'triangle-three-corners')).toBe(true);
    expect(met('triangle', [arc(30, 30, 0, 360)], 'triangle-three-corners')).toBe(false);
  });

  it('spiral: two and a half turns or more, and no turn crossing another', () => {
    expect(met('spiral', formTemplate('spiral', 60), 'spiral-turns')).toBe(true);
    const oneAndHalf = [Array.from({ length: 289 }, (_, i) => { const a = (i / 288) * 3 * Math.PI; return mmPoint(a * 3 * Math.cos(a), a * 3 * Math.sin(a)); })];
    expect(met('spiral', oneAndHalf, 'spiral-turns')).toBe(false);
    const crossing = [[...formTemplate('spiral', 60)[0]!, mmPoint(0, 0)]]; // a last dash back through the middle
    expect(met('spiral', crossing, 'spiral-no-crossing')).toBe(false);
  });

  describe('on strokes real people drew (item 1 of issue 14: the full set, or the shipped sample on a fresh clone)', () => {
    const { source, strokes } = humanStrokes();
    // The shipped sample (tests/fixtures) holds repetitions 1-3 of every gesture, subject and speed, and every
    // circle left wide open: 63 strokes a gesture instead of 210. Where a bar counts strokes, it is stated for each.
    const onSample = source === 'fixture';
    const drawn = (gesture: string, form: FormId) => strokes.filter((s) => s.gesture === gesture).map((s) => fitToBox(s.points, at(formTemplate(form, 60))));
    const metShare = (gesture: string, form: FormId, id: CriterionId) => { const d = drawn(gesture, form); return d.filter((x) => met(form, [x], id)).length / d.length; };
    const criterionOf = (form: FormId, d: MmPolyline, id: CriterionId) => checkCriteria(form, [d]).find((c) => c.id === id)!.met;

    it('has every gesture the checks below read', () => {
      for (const gesture of ['rectangle', 'circle', 'triangle', 'x', 'v', 'caret']) expect(drawn(gesture, 'square').length, gesture).toBeGreaterThanOrEqual(onSample ? 63 : 210);
    });

    it('measures the corners of real rectangles as near-right angles', () => {
      // Whatever else is wrong with a quick rectangle, its corners are near 90°: the angle is read from the sides.
      const rectangles = drawn('rectangle', 'square');
      const withFourSides = rectangles.filter((d) => criterionOf('square', d, 'square-four-sides'));
      expect(withFourSides.length).toBeGreaterThan(onSample ? 50 : 100);
      expect(withFourSides.length / rectangles.length).toBeGreaterThan(0.85); // 190 of 210 in the full set, 57 of 63 in the sample
      expect(withFourSides.filter((d) => criterionOf('square', d, 'square-corner-angles')).length / withFourSides.length).toBeGreaterThan(0.95);
    });

    it('calls a real circle closed when its ends meet, and open when a wide gap is left', () => {
      const gapShare = (d: MmPolyline) => Math.hypot(d[0]!.x - d.at(-1)!.x, d[0]!.y - d.at(-1)!.y) / 60;
      const circles = drawn('circle', 'circle');
      const tight = circles.filter((d) => gapShare(d) < 0.08);
      // Wide open: the ends far apart, and the ink not even going all the way round (so the end cannot lie on the start).
      const wide = circles.filter((d) => gapShare(d) > 0.3 && shapeFeatures([d]).windingTurns < 0.9);
      expect(tight.length).toBeGreaterThan(onSample ? 10 : 20); // 32 in the full set, 11 in the sample
      expect(wide.length).toBeGreaterThanOrEqual(5); // the same 5 in both: the sample keeps every wide-open circle
      expect(tight.every((d) => criterionOf('circle', d, 'circle-closed'))).toBe(true);
      expect(wide.some((d) => criterionOf('circle', d, 'circle-closed'))).toBe(false);
    });

    it('never finds a square in a "v" nor a closed triangle in a caret', () => {
      expect(metShare('v', 'square', 'square-four-corners')).toBe(0);
      expect(metShare('caret', 'triangle', 'triangle-three-corners')).toBe(0);
    });

    it('finds most real triangles and X shapes good copies', () => {
      // Adults drew these as quick gestures, not careful copies: most, not all, are good forms. Measured: triangles
      // 87% of 210, X 93% of 210 (full set); 79% and 92% of 63 (sample). A share of 63 strokes is uncertain by
      // ±5 points (one standard error), so the sample's bar is that much lower; the full set keeps 80%.
      const bar = onSample ? 0.75 : 0.8;
      const allMet = (gesture: string, form: FormId) => { const d = drawn(gesture, form); return d.filter((x) => checkCriteria(form, [x]).every((c) => c.met)).length / d.length; };
      expect(allMet('triangle', 'triangle')).toBeGreaterThan(bar);
      expect(allMet('x', 'x')).toBeGreaterThan(bar);
    });
  });
});
