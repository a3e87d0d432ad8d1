import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../src/contract/router';
import { traceActivity } from '../../src/activities/trace';
import { parseUrlParams } from '../../src/schema/url-params';

const parse = (query: string) => parseUrlParams(traceActivity.paramsSchema, traceActivity.urlNames, new URLSearchParams(query));

describe('link parameters', () => {
  it('reads a therapist\'s link', () => {
    const { params, problems } = parse('form=circle&size=70&corridor=6&demo=0');
    expect(problems).toEqual([]);
    expect(params).toMatchObject({ form: 'circle', sizeMm: 70, corridorMm: 6, demo: false });
  });

  it('uses the defaults for whatever is missing', () => {
    expect(parse('').params).toEqual({ form: 'vertical', guide: 'trace', sizeMm: 70, corridorMm: 10, demo: true, passCoveragePct: 80, passInBandPct: 80, strokeOrder: 'lenient', outsideInk: true, strict: false, adaptive: false, adaptiveMinMm: 4, adaptiveMaxMm: 30, modelSeconds: 3 });
  });

  it('reads the deep link for a copied square, and the handedness only when given', () => {
    expect(parse('form=square&guide=copy').params).toMatchObject({ form: 'square', guide: 'copy' });
    expect(parse('form=square&guide=copy').params.hand).toBeUndefined();
    expect(parse('guide=memory&hand=left&adaptive=1&order=strict').params).toMatchObject({ guide: 'memory', hand: 'left', adaptive: true, strokeOrder: 'strict' });
    expect(parse('guide=colouring').problems).toEqual([{ kind: 'invalid', name: 'guide', value: 'colouring', fallback: 'trace' }]);
    expect(parse('hand=both').problems).toEqual([{ kind: 'invalid', name: 'hand', value: 'both', fallback: '' }]);
  });

  it('falls back to the default for each wrong value, keeps the right ones, and says which', () => {
    const { params, problems } = parse('form=hexagon&size=5000&corridor=abc&demo=maybe&coverage=90');
    expect(params).toMatchObject({ form: 'vertical', sizeMm: 70, corridorMm: 10, demo: true, passCoveragePct: 90 });
    expect(problems).toEqual([
      { kind: 'invalid', name: 'form', value: 'hexagon', fallback: 'vertical' },
      { kind: 'invalid', name: 'size', value: '5000', fallback: '70' },
      { kind: 'invalid', name: 'corridor', value: 'abc', fallback: '10' },
      { kind: 'invalid', name: 'demo', value: 'maybe', fallback: 'true' },
    ]);
  });

  it('names settings it does not know, and shortens absurd values', () => {
    const { problems } = parse(`colour=red&size=${'9'.repeat(5000)}`);
    expect(problems).toContainEqual({ kind: 'unknown', name: 'colour' });
    expect(problems.find((p) => p.name === 'size')).toMatchObject({ kind: 'invalid', value: '9'.repeat(40) });
  });

  it('rejects empty, infinite and not-a-number values', () => {
    for (const bad of ['', 'Infinity', 'NaN', '1e999', '-0x10']) expect(parse(`size=${bad}`).params.sizeMm).toBe(70);
  });
});

describe('routes from typed or cut-short links', () => {
  it('keeps a broken %-escape as typed instead of throwing', () => {
    expect(parseRoute('#/play/%E0%A4%A/x').path).toEqual(['play', '%E0%A4%A', 'x']);
    expect(parseRoute('#/session/%').path).toEqual(['session', '%']);
    expect(parseRoute('#/play/trace?form=%ZZ').query.get('form')).toBe('%ZZ');
    expect(parseRoute('#/grown-ups/plans%2Fx').path).toEqual(['grown-ups', 'plans/x']);
  });
});
