import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recognizeForm, type RecognizedForm } from '../../src/activities/trace/copy/recognize';
import { FORM_IDS, formTemplate, placeTemplate } from '../../src/activities/trace/forms';
import { mmPoint, type MmPolyline } from '../../src/geometry/units';
import { humanStrokes, seededRandom } from './helpers';

const reversed = (lines: readonly MmPolyline[]) => [...lines].reverse().map((l) => [...l].reverse());

describe('recognizeForm: known answers', () => {
  it.each(FORM_IDS)('recognizes the %s template at any size and place', (form) => {
    for (const [size, x, y] of [[25, 40, 40], [70, 150, 90], [140, 100, 120]] as const) {
      expect(recognizeForm(placeTemplate(formTemplate(form, size), mmPoint(x, y))).form).toBe(form);
    }
  });

  it.each(FORM_IDS)('recognizes the %s drawn backwards, strokes in the other order', (form) => {
    expect(recognizeForm(reversed(placeTemplate(formTemplate(form, 60), mmPoint(90, 90)))).form).toBe(form);
  });

  it('recognizes a square drawn as four strokes, and an X as two', () => {
    const square = [[mmPoint(0, 0), mmPoint(0, 50)], [mmPoint(0, 50), mmPoint(50, 50)], [mmPoint(50, 50), mmPoint(50, 0)], [mmPoint(50, 0), mmPoint(0, 0)]];
    expect(recognizeForm(square).form).toBe('square');
    expect(recognizeForm([[mmPoint(50, 0), mmPoint(0, 50)], [mmPoint(0, 0), mmPoint(50, 50)]]).form).toBe('x');
  });

  it('tells a cross from an X by how its lines lean', () => {
    expect(recognizeForm([[mmPoint(25, 0), mmPoint(25, 50)], [mmPoint(0, 25), mmPoint(50, 25)]]).form).toBe('cross');
    expect(recognizeForm([[mmPoint(15, 0), mmPoint(35, 50)], [mmPoint(35, 0), mmPoint(15, 50)]]).form).toBe('x'); // a tall, narrow X
  });

  it('does not take circling round and round on the spot for a spiral, nor its crossings for a cross', () => {
    const laps = Array.from({ length: 3 * 96 + 1 }, (_, i) => { const a = (i / 96) * 2 * Math.PI; const r = 30 + 2 * Math.sin(i / 7); return mmPoint(60 + r * Math.cos(a), 60 + r * Math.sin(a)); });
    expect(['spiral', 'cross', 'x']).not.toContain(recognizeForm([laps]).form);
  });

  it('does not call an open "C", a zigzag or a dot a form', () => {
    const c = Array.from({ length: 61 }, (_, i) => { const a = (Math.PI / 4) + (i / 60) * 1.5 * Math.PI; return mmPoint(50 + 30 * Math.cos(a), 50 + 30 * Math.sin(a)); });
    expect(recognizeForm([c]).form).not.toBe('circle');
    expect(recognizeForm([[mmPoint(0, 0), mmPoint(10, 40), mmPoint(20, 0), mmPoint(30, 40), mmPoint(40, 0), mmPoint(50, 40)]]).form).toBe('unrecognized');
    expect(recognizeForm([[mmPoint(5, 5)]]).form).toBe('unrecognized');
    expect(recognizeForm([]).form).toBe('unrecognized');
  });
});

/** What each gesture of the human set must be recognized as; for the others, anything but the closed forms. */
const EXPECTED: Record<string, RecognizedForm> = { circle: 'circle', rectangle: 'square', triangle: 'triangle', x: 'x' };
const NOT_A_CLOSED_FORM = new Set<RecognizedForm>(['square', 'circle', 'triangle']);
const REQUIRED_ACCURACY = 0.97;
/**
 * On the shipped sample (63 strokes a gesture, item 1 of issue 14) one stroke is 1.6 points, so 97% would allow a
 * single miss: the bar there is at most three misses (95%). Triangles measured 98.1% of 210 (full), 95.2% of 63 (sample).
 */
const REQUIRED_ACCURACY_ON_SAMPLE = 0.95;
const BENCHMARKS = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

describe('recognizeForm on strokes real people drew', () => {
  const { source, strokes } = humanStrokes();
  const random = seededRandom(20261121);
  // Each stroke goes to a random place and size (20 to 140 mm), the same every run.
  const results = strokes.map((s) => {
    const xs = s.points.map((p) => p[0]), ys = s.points.map((p) => p[1]);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) || 1;
    const scale = (20 + random() * 120) / extent;
    const [dx, dy] = [random() * 200, random() * 150];
    const ink = s.points.map(([x, y]) => mmPoint(dx + (x - Math.min(...xs)) * scale, dy + (y - Math.min(...ys)) * scale));
    const form = recognizeForm([ink]).form;
    const correct = EXPECTED[s.gesture] ? form === EXPECTED[s.gesture] : !NOT_A_CLOSED_FORM.has(form);
    return { gesture: s.gesture, form, correct };
  });
  const gestures = [...new Set(results.map((r) => r.gesture))];
  const required = source === 'shared' ? REQUIRED_ACCURACY : REQUIRED_ACCURACY_ON_SAMPLE;

  it.each(gestures)(`recognizes %s at least ${required * 100}% right (${source} data)`, (gesture) => {
    const mine = results.filter((r) => r.gesture === gesture);
    expect(mine.filter((r) => r.correct).length / mine.length).toBeGreaterThanOrEqual(required);
  });

  it('writes its confusion matrix to docs/benchmarks.md (WRITE_REPORT=1)', () => {
    const columns = [...FORM_IDS, 'unrecognized'] as const;
    const count = (g: string, f: string) => results.filter((r) => r.gesture === g && r.form === f).length;
    const rows = gestures.map((g) => {
      const mine = results.filter((r) => r.gesture === g);
      const pct = (100 * mine.filter((r) => r.correct).length) / mine.length;
      return `| ${g} | ${EXPECTED[g] ?? 'not circle/square/triangle'} | ${pct.toFixed(1)}% | ${columns.map((c) => count(g, c) || '·').join(' | ')} |`;
    });
    const report = [
      `Source: ${source === 'shared' ? 'all 1,470 strokes of ../shared/data/human-unistrokes' : `the ${strokes.length}-stroke sample in tests/fixtures`}, each placed at a seeded random position and size (20–140 mm). Rows: what the person drew; columns: what Deft recognized.`,
      '',
      `| drawn | must be | right | ${columns.join(' | ')} |`,
      `|---|---|---|${columns.map(() => '---').join('|')}|`,
      ...rows,
      '',
      `Overall ${((100 * results.filter((r) => r.correct).length) / results.length).toFixed(1)}% of ${results.length} strokes right; every class must reach ${REQUIRED_ACCURACY * 100}%.`,
    ].join('\n');
    expect(rows).toHaveLength(gestures.length);
    if (process.env.WRITE_REPORT === '1' && source === 'shared') {
      const doc = readFileSync(BENCHMARKS, 'utf8');
      writeFileSync(BENCHMARKS, doc.replace(/(<!-- recognition:start -->)[\s\S]*?(<!-- recognition:end -->)/, `$1\n${report}\n$2`));
    }
  });
});
