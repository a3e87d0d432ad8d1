import { describe, expect, it } from 'vitest';
import { fitTemplate, fittedTemplate, MIN_FIT_SCALE } from '../../src/activities/trace/copy/fit';
import { FORM_IDS, formTemplate, placeTemplate } from '../../src/forms/forms';
import { mmPoint } from '../../src/geometry/units';
import { seededRandom } from './helpers';

describe('fitTemplate', () => {
  it.each(FORM_IDS)('finds the scale and shift of a moved, resized %s exactly', (form) => {
    const template = placeTemplate(formTemplate(form, 70), mmPoint(150, 100));
    for (const [scale, dx, dy] of [[1, 0, 0], [0.6, -40, 12], [1.3, 25, -8]] as const) {
      const drawn = placeTemplate(formTemplate(form, 70 * scale), mmPoint(150 + dx, 100 + dy));
      const fit = fitTemplate(template, mmPoint(150, 100), drawn)!;
      expect(fit.scale).toBeCloseTo(scale, 2);
      expect(fit.dx).toBeCloseTo(dx, 1);
      expect(fit.dy).toBeCloseTo(dy, 1);
    }
  });

  it('puts the fitted template on the drawing', () => {
    const template = placeTemplate(formTemplate('triangle', 70), mmPoint(150, 100));
    const drawn = placeTemplate(formTemplate('triangle', 40), mmPoint(60, 140));
    const fitted = fittedTemplate(template, mmPoint(150, 100), fitTemplate(template, mmPoint(150, 100), drawn)!);
    fitted[0]!.forEach((p, i) => { expect(p.x).toBeCloseTo(drawn[0]![i]!.x, 1); expect(p.y).toBeCloseTo(drawn[0]![i]!.y, 1); });
  });

  it('is not thrown by a wobbly hand: noise of ±2 mm moves the fit by little', () => {
    const random = seededRandom(7);
    const template = placeTemplate(formTemplate('square', 70), mmPoint(100, 100));
    const drawn = placeTemplate(formTemplate('square', 50), mmPoint(90, 110)).map((line) =>
      line.flatMap((p, i) => (i === 0 ? [p] : Array.from({ length: 40 }, (_, k) => {
        const a = line[i - 1]!; const f = (k + 1) / 40;
        return mmPoint(a.x + (p.x - a.x) * f + (random() - 0.5) * 4, a.y + (p.y - a.y) * f + (random() - 0.5) * 4);
      }))));
    const fit = fitTemplate(template, mmPoint(100, 100), drawn)!;
    expect(fit.scale).toBeCloseTo(50 / 70, 1);
    expect(Math.abs(fit.dx + 10)).toBeLessThan(1);
    expect(Math.abs(fit.dy - 10)).toBeLessThan(1);
  });

  it(`refuses a drawing under ${MIN_FIT_SCALE} of the model's size, and nothing at all; fits one just above it`, () => {
    const template = placeTemplate(formTemplate('circle', 70), mmPoint(100, 100));
    expect(fitTemplate(template, mmPoint(100, 100), [[mmPoint(100, 100), mmPoint(101, 101), mmPoint(102, 100)]])).toBeNull(); // a 3-point scribble
    expect(fitTemplate(template, mmPoint(100, 100), placeTemplate(formTemplate('circle', 7), mmPoint(100, 100)))).toBeNull(); // a tenth
    expect(fitTemplate(template, mmPoint(100, 100), placeTemplate(formTemplate('circle', 70 * MIN_FIT_SCALE * 0.9), mmPoint(100, 100)))).toBeNull();
    expect(fitTemplate(template, mmPoint(100, 100), [])).toBeNull();
    expect(fitTemplate(template, mmPoint(100, 100), placeTemplate(formTemplate('circle', 70 * MIN_FIT_SCALE * 1.1), mmPoint(100, 100)))!.scale).toBeCloseTo(MIN_FIT_SCALE * 1.1, 2);
  });
});
