import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeField } from '../../src/schema/field-info';
import { parseUrlParams } from '../../src/schema/url-params';
import { ACTIVITIES } from '../../src/registry/activities';
import { storedAttemptSchema } from '../../src/registry/attempt';
import { MEASURE_IDS, MEASURES } from '../../src/registry/measures';
import { planStepSchema } from '../../src/registry/plan';

/** Real records of every activity, as the app exported them (every export in tests/fixtures/records). */
const FROZEN = readdirSync('tests/fixtures/records').filter((file) => file.endsWith('.json'));
const records = FROZEN.flatMap((file) => (JSON.parse(readFileSync(`tests/fixtures/records/${file}`, 'utf8')) as { attempts: unknown[] }).attempts).map((a) => storedAttemptSchema.parse(a));

describe.each(ACTIVITIES.map((a) => [a.id, a] as const))('the %s activity provides every part the app builds from', (id, activity) => {
  const params = activity.paramsSchema.parse({});
  const keys = Object.keys(activity.paramsSchema.shape);

  it('lives in its own folder, reached through its index', () => {
    expect(existsSync(`src/activities/${id}/index.ts`)).toBe(true);
  });

  it('parameters: defaults for all, a link name for each (unique), a label for each', () => {
    expect(Object.keys(activity.urlNames).sort()).toEqual([...keys].sort());
    const names = Object.values(activity.urlNames);
    expect(new Set(names).size).toBe(names.length);
    for (const key of keys) expect((activity.strings.params as Record<string, string>)[key], key).toBeTruthy();
  });

  it("names every choice of the parameters it names choices for", () => {
    for (const [key, names] of Object.entries(activity.strings.options)) {
      const info = describeField(activity.paramsSchema.shape[key as keyof typeof activity.paramsSchema.shape]).info;
      expect(info.kind, key).toBe('enum');
      if (info.kind === 'enum') for (const option of info.options) expect(names[option], `${key}=${option}`).toBeTruthy();
    }
  });

  it('record: a version, a migration from every older one, its own activity', () => {
    const format = activity.record;
    expect(format.version).toBeGreaterThanOrEqual(1);
    expect(format.schema.shape.schemaVersion.value).toBe(format.version);
    expect(format.schema.shape.activity.value).toBe(id);
    for (let v = 1; v < format.version; v++) expect(typeof (format.migrations as Record<number, unknown>)[v], `migration from ${v}`).toBe('function');
  });

  // A frozen record exists once an activity has shipped (tests/fixtures/records); a new one is tried in the browser first.
  const mine = records.filter((r) => r.activity === id);
  it.skipIf(mine.length === 0)('summary: its schema describes it, and the Data page can say what it was', () => {
    const format = activity.record;
    for (const record of mine) {
      const summary = format.summarize(record as never);
      expect(format.summarySchema.parse(summary)).toEqual(summary);
      const line = activity.describe(summary as never);
      expect(line.task.length).toBeGreaterThan(0);
      expect(line.result.length).toBeGreaterThan(0);
    }
  });

  it('measures: at least one, each named, with a unit and the way progress goes; ids unique across activities', () => {
    const ids = Object.keys(activity.measures);
    expect(ids.length).toBeGreaterThan(0);
    for (const m of ids) {
      expect(MEASURES[m as keyof typeof MEASURES].activity).toBe(id);
      expect(MEASURES[m as keyof typeof MEASURES].name).not.toBe(m);
    }
  });

  it('strings: a name for grown-ups and a card name for screen readers; an instruction to read aloud', () => {
    expect(activity.strings.name.length).toBeGreaterThan(0);
    expect(activity.strings.card.length).toBeGreaterThan(0);
    expect(activity.instruction(params as never).length).toBeGreaterThan(0);
  });

  it('picker: each row sets a parameter by its link name to a value the schema accepts, each with a name and a picture', () => {
    for (const row of [activity.picker.play, 'options' in activity.picker ? activity.picker.options : null]) {
      if (!row) continue;
      expect(Object.values(activity.urlNames)).toContain(row.param);
      expect(row.choices.length).toBeGreaterThan(0);
      for (const choice of row.choices) {
        expect(parseUrlParams(activity.paramsSchema, activity.urlNames, new URLSearchParams({ [row.param]: choice })).problems).toEqual([]);
        expect(row.name(choice)).not.toBe(choice);
        expect(typeof row.picture).toBe('function');
      }
    }
    expect(typeof activity.card).toBe('function');
  });

  it('plan step: a default step is valid, titled, worded for a parent, and takes some time', () => {
    expect(planStepSchema.safeParse({ activity: id, params, trials: 3 }).success).toBe(true);
    expect(activity.step.title(params as never).length).toBeGreaterThan(0);
    expect(activity.step.forParent(params as never).length).toBeGreaterThan(0);
    expect(activity.step.trialSeconds(params as never)).toBeGreaterThan(0);
    expect(typeof activity.step.picture).toBe('function');
  });

  it('presets, where it has them, are plans the plan schema accepts', () => {
    if (!('presets' in activity)) return;
    for (const preset of activity.presets.items) for (const step of preset.plan().steps) expect(planStepSchema.safeParse(step).success).toBe(true);
  });
});

it('measure ids are unique across activities', () => {
  const all = ACTIVITIES.flatMap((a) => Object.keys(a.measures));
  expect(new Set(all).size).toBe(all.length);
  expect(MEASURE_IDS).toHaveLength(all.length);
});
