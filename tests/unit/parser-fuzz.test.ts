import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRACE_URL_NAMES, traceParamsSchema } from '../../src/activities/trace/params';
import { exportToJson } from '../../src/export/attempts-json';
import { parsePlanFile, planFileText } from '../../src/plans/plan-file';
import { presetPlan } from '../../src/activities/trace/presets';
import { checksum, readPlanLink } from '../../src/plans/share-link';
import { parseExportFile } from '../../src/export/export-file';
import { parseUrlParams } from '../../src/schema/url-params';
import { leafPaths, replaced } from './json-paths';
import { traced } from './sample-attempt';

/** Problems are for a grown-up to read: a pasted essay must not come back whole. */
const MAX_PROBLEM_CHARS = 600;
const RUNS = { numRuns: 1000 };

/** Values a damaged or hostile file might hold where a number, a string or an object belongs. */
const hostile = fc.oneof(
  fc.constant(Number.NaN), fc.constant(Infinity), fc.constant(-Infinity), fc.constant(1e308), fc.constant(-0), fc.constant(Number.MAX_SAFE_INTEGER + 2),
  fc.constant(null), fc.constant(undefined), fc.boolean(), fc.string(), fc.integer(), fc.double(),
  fc.constant({ __proto__: { polluted: true } }), fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
  fc.array(fc.anything(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }),
);

/** A file refused says what and where, briefly; nothing reaches Object.prototype. */
function expectSafe(result: { ok: boolean; problems?: string[] }) {
  if (!result.ok) expect(result.problems!.length).toBeGreaterThan(0);
  expectBrief(result);
}

function expectBrief(result: { ok: boolean; problems?: string[] }) {
  for (const problem of result.problems ?? []) expect(problem.length).toBeLessThanOrEqual(MAX_PROBLEM_CHARS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** A link refused names its reason (its message is the reason's); an invalid plan also names the fields. */
function expectLinkSafe(result: ReturnType<typeof readPlanLink>) {
  if (!result.ok) {
    expect(['missing', 'damaged', 'changed', 'invalid']).toContain(result.reason);
    if (result.reason === 'invalid') expect(result.problems.length).toBeGreaterThan(0);
  }
  expectBrief(result);
}


describe('every parser of outside data, fuzzed (1,000 cases each)', () => {
  const exportText = exportToJson({ attempts: [traced(80, 0)] }, new Date('2026-11-22T10:00:00Z'));
  const exportJson = JSON.parse(exportText) as unknown;
  const exportLeaves = leafPaths(exportJson);

  it('export files: any value replaced by a hostile one, or the text cut anywhere, is refused with named problems or read whole', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: exportLeaves.length - 1 }), hostile, fc.integer({ min: 0, max: exportText.length }), fc.boolean(), (at, value, cut, cutInstead) => {
      const text = cutInstead ? exportText.slice(0, cut) : JSON.stringify(replaced(exportJson, exportLeaves[at]!, value));
      const result = parseExportFile(text ?? '');
      expectSafe(result);
      if (result.ok) expect(result.file.attempts).toHaveLength(1);
    }), RUNS);
  });

  const planText = planFileText(presetPlan('circle', 'Circles'));
  const planJson = JSON.parse(planText) as unknown;
  const planLeaves = leafPaths(planJson);

  it('plan files: the same', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: planLeaves.length - 1 }), hostile, fc.integer({ min: 0, max: planText.length }), fc.boolean(), (at, value, cut, cutInstead) => {
      const result = parsePlanFile(cutInstead ? planText.slice(0, cut) : JSON.stringify(replaced(planJson, planLeaves[at]!, value)) ?? '');
      expectSafe(result);
      if (result.ok) expect(result.value.steps.length).toBeGreaterThan(0);
    }), RUNS);
  });

  it('shared plan links: any payload and check at all, valid checksum or not', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.base64String(), fc.constant('eyJfX3Byb3RvX18iOnsicG9sbHV0ZWQiOnRydWV9fQ')), fc.boolean(), (payload, honest) => {
      expectLinkSafe(readPlanLink(new URLSearchParams({ plan: payload, check: honest ? checksum(payload) : '00000000' })));
    }), RUNS);
  });

  it('link parameters: any names and values fall back to defaults, one by one, and say so briefly', () => {
    fc.assert(fc.property(fc.dictionary(fc.oneof(fc.constantFrom(...Object.values(TRACE_URL_NAMES), '__proto__', 'constructor'), fc.string()), fc.oneof(fc.string(), fc.constantFrom('NaN', 'Infinity', '1e400', '-0', '')), { maxKeys: 8 }), (entries) => {
      const { params, problems } = parseUrlParams(traceParamsSchema, TRACE_URL_NAMES, new URLSearchParams(entries));
      expect(traceParamsSchema.safeParse(params).success).toBe(true);
      for (const problem of problems) expect(JSON.stringify(problem).length).toBeLessThanOrEqual(MAX_PROBLEM_CHARS);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }), RUNS);
  });

  it('10 MB strings: in a name, as a whole file, as a link and as a parameter', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    expectSafe(parseExportFile(huge));
    expectSafe(parseExportFile(JSON.stringify(replaced(exportJson, ['attempts', 0, 'id'], huge))));
    expectSafe(parsePlanFile(JSON.stringify(replaced(planJson, ['plan', 'name'], huge))));
    expectLinkSafe(readPlanLink(new URLSearchParams({ plan: huge, check: checksum(huge) })));
    const { problems } = parseUrlParams(traceParamsSchema, TRACE_URL_NAMES, new URLSearchParams({ form: huge, [huge]: '1' }));
    for (const problem of problems) expect(JSON.stringify(problem).length).toBeLessThanOrEqual(MAX_PROBLEM_CHARS);
  });
});
