import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attemptsToCsv } from '../../../src/export/attempts-csv';
import { NO_NAMES } from '../helpers';
import { readExport } from '../../../src/export/read-export';
import { activityOf } from '../../../src/registry/activities';
import { attemptSchema, migrateAttempt, storedAttemptSchema, type Attempt } from '../../../src/registry/attempt';
import { summaryFormat } from '../../../src/registry/attempt-summary';
import { getAttempt, listAttempts, listSummaries } from '../../../src/storage/attempts';
import { database, DATABASE_VERSION, summariesReady } from '../../../src/storage/database';
import { importText } from '../../../src/export/import-file';
import { seedVersion4 } from '../../fixtures/seed-version-4';
import { setupOf } from '../../../src/activities/colour/build-record';
import { measureColour } from '../../../src/activities/colour/measure-colour';

/** A real export from the app as it was on 2026-11-28 (before records had versions of their own): README in tests/fixtures/records. */
const FIXTURE = 'tests/fixtures/records/export-2026-11-28.json';
const file = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { attempts: Record<string, unknown>[] };
const raw = file.attempts;
const byId = (id: unknown) => raw.find((a) => a.id === id)!;

describe("today's records, read by this version", () => {
  it('the fixture holds every activity, tracing with the criteria wording version 1 stored', () => {
    expect(new Set(raw.map((a) => a.activity))).toEqual(new Set(['trace', 'sort', 'targets']));
    expect(raw.every((a) => a.schemaVersion === 1)).toBe(true);
    expect(raw.filter((a) => a.activity === 'trace').every((a) => (a.criteria as { description?: string }[]).every((c) => typeof c.description === 'string'))).toBe(true);
  });

  it('each migrates to its activity’s version, losing nothing but the criteria’s stored wording (tracing gains its too-small flag)', () => {
    for (const old of raw) {
      const read = storedAttemptSchema.parse(old);
      expect(read.schemaVersion).toBe(activityOf(read.activity).record.version);
      const except = (r: Record<string, unknown>) => {
        const kept = Object.fromEntries(Object.entries(r).filter(([key]) => key !== 'schemaVersion' && key !== 'criteria'));
        if (r.activity === 'trace') kept.metrics = Object.fromEntries(Object.entries(r.metrics as object).filter(([key]) => key !== 'tooSmallToScore'));
        return kept;
      };
      expect(except(read as Record<string, unknown>)).toEqual(except(old));
      // None of the fixture's copies was fitted under a quarter of the model's size.
      if (read.activity === 'trace') expect(read.metrics.tooSmallToScore).toBe(false);
      const oldCriteria = old.criteria;
      const newCriteria = (read as Record<string, unknown>).criteria;
      if (read.activity === 'trace') expect(newCriteria).toEqual((oldCriteria as { id: string; met: boolean }[]).map(({ id, met }) => ({ id, met })));
    }
  });

  it('an old copy fitted under a quarter of the model (a scribble scored "coverage 100%") reads as too small to score, not passed', () => {
    const copy = raw.find((a) => a.activity === 'trace' && a.fit)!;
    const scribble = { ...copy, fit: { scale: 0.04, dx: 0, dy: 0 }, metrics: { ...(copy.metrics as object), coveragePct: 100, passed: true } };
    const read = storedAttemptSchema.parse(scribble) as Extract<Attempt, { activity: 'trace' }>;
    expect(read.metrics).toMatchObject({ tooSmallToScore: true, passed: false, coveragePct: 100 });
    expect(activityOf('trace').describe(activityOf('trace').record.summarize(read) as never).details).toMatch(/too small to score/);
  });

  it('the current schema alone refuses version 1 tracing records, so nothing reads them unmigrated', () => {
    expect(attemptSchema.safeParse(raw.find((a) => a.activity === 'trace')).success).toBe(false);
  });

  it('a record of a version this app does not know, or of an unknown activity, is left as it is (and so stays stored, untouched)', () => {
    const future = { ...raw[0]!, schemaVersion: 99 };
    expect(migrateAttempt(future)).toBe(future);
    const unknown = { ...raw[0]!, activity: 'juggle' };
    expect(migrateAttempt(unknown)).toBe(unknown);
    expect(storedAttemptSchema.safeParse(future).success).toBe(false);
  });

  it('each summary is what its schema says a summary is', () => {
    for (const old of raw) {
      const record = storedAttemptSchema.parse(old) as Attempt;
      const format = activityOf(record.activity).record;
      const summary = format.summarize(record);
      expect(format.summarySchema.parse(summary)).toEqual(summary);
    }
  });

  it('the file reads as an import, migrated, and its CSV has a column per criterion', async () => {
    const seen: Attempt[] = [];
    const read = await readExport([readFileSync(FIXTURE, 'utf8')], (records) => { for (const r of records) if (r.store === 'attempts') seen.push(r.value); });
    expect(read).toMatchObject({ ok: true, counts: { attempts: raw.length } });
    const csv = attemptsToCsv(seen, NO_NAMES);
    const [header] = csv.split('\r\n');
    expect(header).toContain('criteria.circle-closed');
    expect(header).toContain('criteria.cross-lines-intersect');
    expect(header).not.toContain('description');
  });
});

/** Cutting as first released, on 2026-11-29: a circle held and turned, a pen wave with a let-go, and an abandoned fringe. */
const CUT_FIXTURE = 'tests/fixtures/records/export-2026-11-29-cut.json';

describe('cutting’s first records, read by this version', () => {
  const cuts = (JSON.parse(readFileSync(CUT_FIXTURE, 'utf8')) as { attempts: Record<string, unknown>[] }).attempts;

  it('each reads at its activity’s version, equal to what was stored when that is still version 1, and its summary is what its schema says', () => {
    expect(cuts.map((a) => a.status).sort()).toEqual(['abandoned', 'completed', 'completed']);
    for (const old of cuts) {
      const read = storedAttemptSchema.parse(old) as Attempt;
      const format = activityOf(read.activity).record;
      expect(read.schemaVersion).toBe(format.version);
      if (format.version === 1) expect(read).toEqual(old);
      const summary = format.summarize(read);
      expect(format.summarySchema.parse(summary)).toEqual(summary);
    }
  });

  it('the file reads as an import; both hands’ samples come through, and the CSV has a row for each', async () => {
    const seen: Attempt[] = [];
    const read = await readExport([readFileSync(CUT_FIXTURE, 'utf8')], (records) => { for (const r of records) if (r.store === 'attempts') seen.push(r.value); });
    expect(read).toMatchObject({ ok: true, counts: { attempts: cuts.length } });
    const held = seen.find((a) => a.activity === 'cut' && a.metrics.turns > 0) as Extract<Attempt, { activity: 'cut' }>;
    expect(held.helperStrokes[0]!.points.length).toBeGreaterThan(10);
    expect(held.poses.length).toBeGreaterThan(10);
    expect(attemptsToCsv(seen, NO_NAMES).split('\r\n').filter(Boolean)).toHaveLength(1 + cuts.length);
  });
});

/** Colouring as first released, on 2026-11-29: a circle filled to its threshold, the apple's leaf by pen, and a stencilled roof left with the back button. */
const COLOUR_FIXTURE = 'tests/fixtures/records/export-2026-11-29-colour.json';

describe('colouring’s first records, read by this version', () => {
  const colours = (JSON.parse(readFileSync(COLOUR_FIXTURE, 'utf8')) as { attempts: Record<string, unknown>[] }).attempts;

  it('each reads at its version, equal to what was stored while that is version 1, and its measures recount from its own samples', () => {
    expect(colours.map((a) => a.endReason).sort()).toEqual(['done-button', 'finished', 'home']);
    for (const old of colours) {
      const read = storedAttemptSchema.parse(old) as Attempt;
      const format = activityOf(read.activity).record;
      expect(read.schemaVersion).toBe(format.version);
      if (format.version === 1) expect(read).toEqual(old);
      if (read.activity !== 'colour') throw new Error('a colouring export holds colouring');
      expect({ ...read.metrics, ...measureColour(setupOf(read), read.strokes) }).toEqual(read.metrics);
    }
  });
});

describe('a database left by that version opens after the upgrade with nothing lost', () => {
  it('database version 4 becomes 5; every attempt reads, migrated; summaries are rebuilt in today’s format', async () => {
    await seedVersion4(raw as { id: string }[]);
    const db = await database();
    expect(db.version).toBe(DATABASE_VERSION);
    await summariesReady(); // rebuilt in the background: the first screen does not wait for it
    expect(await db.get('meta', 'summariesFormat')).toBe(summaryFormat());
    const { attempts, unreadable } = await listAttempts();
    expect(unreadable).toBe(0);
    expect(attempts.map((a) => a.id).sort()).toEqual(raw.map((a) => a.id as string).sort());
    // Stored as they were: the migration happens as they are read, never by rewriting the device's records.
    expect(await db.get('attempts', raw[0]!.id as string)).toEqual(raw[0]);
    const summaries = await listSummaries();
    expect(summaries.map((s) => s.id).sort()).toEqual(raw.map((a) => a.id as string).sort());
    const trace = summaries.find((s) => s.activity === 'trace' && s.params.guide === 'copy');
    expect(trace).toMatchObject({ schemaVersion: activityOf('trace').record.version, criteria: (byId(trace!.id).criteria as { id: string; met: boolean }[]).map(({ id, met }) => ({ id, met })) });
    expect((await getAttempt(trace!.id))?.schemaVersion).toBe(activityOf('trace').record.version);
  });

  it('importing the same file again adds nothing: the stored version 1 records compare equal once read', async () => {
    const result = await importText(readFileSync(FIXTURE, 'utf8'));
    expect(result).toMatchObject({ ok: true, report: { added: { attempts: 0 }, unchanged: raw.length, conflicts: [] } });
  });
});
