import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORM_IDS } from '../../src/forms/forms';
import { REASONED_SETTINGS, RECOGNIZER_SETTINGS } from '../../src/activities/trace/copy/recognizer-settings';
import { tuneRecognizer } from '../../src/activities/trace/copy/tune-recognizer';
import { FORM_GOAL, FORM_OF, humanDrawings, leaveOneSubjectOut, NOT_A_FORM_GOAL, type HeldOut } from './human-drawings';

/**
 * On the shipped sample (three repetitions of each gesture, speed and person: 63 strokes a class), a class
 * is 63 strokes and each person's tuning sees a third of the examples: one miss is 1.6 points. The bars
 * there are the goals less two misses a class (forms 94%, the rest 87%). The full set must meet the goals.
 */
const SAMPLE_SLACK = 2 / 63;
const BENCHMARKS = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

const { source, drawings } = humanDrawings();
const heldOut = leaveOneSubjectOut(drawings);
const slack = source === 'shared' ? 0 : SAMPLE_SLACK;
const labels = [...new Set(drawings.map((d) => d.label))];
const forms = labels.filter((l) => FORM_OF[l]);
const others = labels.filter((l) => !FORM_OF[l]);
const share = (label: string, results = heldOut.results) => {
  const mine = results.filter((r) => r.drawing.label === label);
  return mine.filter((r) => r.drawing.accepts(r.form)).length / mine.length;
};

describe(`copy recognition on people the tuning never saw (leave one person out, ${source} data)`, () => {
  it.each(forms)(`recognizes %s at least ${Math.round((FORM_GOAL - slack) * 100)}% right`, (label) => {
    expect(share(label)).toBeGreaterThanOrEqual(FORM_GOAL - slack);
  });

  it.each(others)(`does not take %s for a form at least ${Math.round((NOT_A_FORM_GOAL - slack) * 100)}% of the time`, (label) => {
    expect(share(label)).toBeGreaterThanOrEqual(NOT_A_FORM_GOAL - slack);
  });

  it('scores each person only with settings tuned without them', () => {
    expect(heldOut.settingsFor.size).toBe(7);
    for (const { drawing } of heldOut.results) expect(heldOut.settingsFor.has(drawing.subject)).toBe(true);
    // The tuning learns: from other people's strokes it moves off the reasoned values it starts from.
    for (const settings of heldOut.settingsFor.values()) expect(settings).not.toEqual(REASONED_SETTINGS);
  });

  it.runIf(source === 'shared')('ships the settings that tuning on all seven people picks', () => {
    expect(tuneRecognizer(drawings)).toEqual(RECOGNIZER_SETTINGS);
  });

  it('writes the held-out confusion matrices to docs/benchmarks.md (WRITE_REPORT=1)', () => {
    const report = confusionReport(heldOut, forms, others);
    expect(report).toContain('| circle |');
    if (process.env.WRITE_REPORT === '1' && source === 'shared') {
      const doc = readFileSync(BENCHMARKS, 'utf8');
      writeFileSync(BENCHMARKS, doc.replace(/(<!-- recognition:start -->)[\s\S]*?(<!-- recognition:end -->)/, `$1\n${report}\n$2`));
    }
  });
});

function confusionReport({ results, settingsFor }: HeldOut, forms: string[], others: string[]): string {
  const columns = [...FORM_IDS, 'unrecognized'] as const;
  const count = (label: string, form: string) => results.filter((r) => r.drawing.label === label && r.form === form).length;
  const table = (rows: string[], mustBe: (label: string) => string) => [
    `| drawn | must be | right | ${columns.join(' | ')} |`,
    `|---|---|---|${columns.map(() => '---').join('|')}|`,
    ...rows.map((l) => `| ${l} | ${mustBe(l)} | ${(100 * share(l, results)).toFixed(1)}% | ${columns.map((c) => count(l, c) || '·').join(' | ')} |`),
  ];
  const spread = (key: keyof typeof RECOGNIZER_SETTINGS) => {
    const values = [...settingsFor.values()].map((s) => s[key]);
    return `${key} ${Math.min(...values)}–${Math.max(...values)} (shipped ${RECOGNIZER_SETTINGS[key]})`;
  };
  return [
    `Leave-one-subject-out on all ${results.length.toLocaleString('en')} strokes of ../shared/data/human-unistrokes (unistrokes.json and other-gestures.json), each placed at a seeded random position and size (20–140 mm). Each person's strokes were recognized with settings tuned on the other six people only. Rows: what the person drew; columns: what Deft recognized.`,
    '',
    `**Forms** (goal ${FORM_GOAL * 100}% each):`,
    '',
    ...table(forms, (l) => FORM_OF[l]!),
    '',
    `**Gestures that are not forms** (goal: not taken for a form ${NOT_A_FORM_GOAL * 100}% each; a delete mark may count as an x):`,
    '',
    ...table(others, (l) => (l === 'delete_mark' ? 'unrecognized or x' : 'unrecognized')),
    '',
    `Settings chosen across the seven tunings: ${(Object.keys(RECOGNIZER_SETTINGS) as (keyof typeof RECOGNIZER_SETTINGS)[]).map(spread).join('; ')}.`,
  ].join('\n');
}
