import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audioTimeErrorBoundMs, toAudioTime } from '../../src/activities/fingers/audio-clock';
import { measureHoldAndAct, measureTogether, mirrorSymmetry, onsetAsynchrony } from '../../src/activities/fingers/bimanual';
import { ContactLog } from '../../src/activities/fingers/contact-log';
import { fingerPlaces, FINGERS, readHand } from '../../src/activities/fingers/hand-layout';
import { metronomePlan, splitPhases } from '../../src/activities/fingers/metronome-plan';
import { isolationSequence } from '../../src/activities/fingers/isolation-sequence';
import { measureIsolation, WITH_TAP_MS, type Contact } from '../../src/activities/fingers/isolation';
import { measureContinuation, measureSynchronisation } from '../../src/activities/fingers/rhythm';
import { measureTapping } from '../../src/activities/fingers/tapping';
import { mmPoint } from '../../src/geometry/units';
import type { InputSample } from '../../src/input/input-sample';

describe('tapping speed', () => {
  it('a known interval series: the count in the window, the mean interval and its CV, dwell and scatter', () => {
    // Down at 0, 200, 400, 700, 900 (intervals 200, 200, 300, 200), each held 80 ms; one more at 10 000 is past a 10 s window from 0.
    const downs = [0, 200, 400, 700, 900, 10_000];
    const taps = downs.map((down, i) => ({ down, up: down + 80, x: i % 2 ? 3 : -3, y: 4 }));
    const m = measureTapping(taps, 0, 10_000);
    expect(m.taps).toBe(5);
    expect(m.meanIntervalMs).toBe(225);
    // SD of 200, 200, 300, 200 (n − 1) is 50; 50 / 225.
    expect(m.intervalCv).toBeCloseTo(50 / 225, 12);
    expect(m.meanDwellMs).toBe(80);
    // Three taps at x = −3 and two at x = 3: centre x = −0.6; RMS distance √((3·2.4² + 2·3.6²) / 5).
    expect(m.scatterMm).toBeCloseTo(Math.sqrt((3 * 2.4 ** 2 + 2 * 3.6 ** 2) / 5), 12);
  });

  it('perfectly even tapping has a CV of 0; a single tap has no interval', () => {
    expect(measureTapping([0, 250, 500, 750].map((down) => ({ down, up: null, x: 0, y: 0 })), 0, 1000).intervalCv).toBe(0);
    expect(measureTapping([{ down: 5, up: 50, x: 0, y: 0 }], 0, 1000)).toMatchObject({ taps: 1, meanIntervalMs: null, intervalCv: null, scatterMm: null });
  });
});

describe('rhythm', () => {
  const beats = [1000, 1500, 2000, 2500, 3000];
  it('asynchrony to a known beat: taps 30 ms ahead, 10 ms ahead, on it, 20 ms behind; a missed beat and an extra tap', () => {
    const taps = [970, 1490, 2000, 2520, 2760];
    const m = measureSynchronisation(taps, beats);
    // 2760 is 240 ms from 3000, within half the 500 ms interval: it is that beat's tap, 240 ms early.
    expect(m.asynchronies).toEqual([-30, -10, 0, 20, -240]);
    expect(m.missedBeats).toBe(0);
    const without = measureSynchronisation([970, 1490, 2000, 2520, 2200], beats.slice(0, 4));
    expect(without.asynchronies).toEqual([-30, -10, 0, 20]);
    expect(without.extraTaps).toBe(1);
    expect(without.meanAsynchronyMs).toBe(-5);
    expect(without.sdAsynchronyMs).toBeCloseTo(Math.sqrt((25 ** 2 + 5 ** 2 + 5 ** 2 + 25 ** 2) / 3), 12);
    expect(measureSynchronisation([1000], beats)).toMatchObject({ missedBeats: 4, extraTaps: 0 });
  });

  it('continuation: the intervals once the beat stops, how even, and their drift', () => {
    // Intervals 500, 510, 520, 530: slowing by 10 ms a tap.
    const m = measureContinuation([0, 500, 1010, 1530, 2060]);
    expect(m).toMatchObject({ taps: 5, meanIntervalMs: 515 });
    expect(m.driftMsPerTap).toBeCloseTo(10, 12);
    expect(measureContinuation([0, 400, 800, 1200]).driftMsPerTap).toBe(0);
  });
});

describe('finger isolation', () => {
  const anchor = { x: 0, y: 0, radiusMm: 12 };
  const dot = { x: 60, y: -40, radiusMm: 10 };
  const thumb: Contact = { id: 1, down: 0, up: null, x: 1, y: 2 };

  it('a clean tap: correct, its reaction and dwell, no extra contact', () => {
    const m = measureIsolation([{ litAt: 1000, ...dot }], [thumb, { id: 2, down: 1420, up: 1540, x: 62, y: -38 }], anchor);
    expect(m).toMatchObject({ correctTaps: 1, anchorLifts: 0, meanExtraContacts: 0, meanReactionMs: 420, meanDwellMs: 120 });
  });

  it('fingers that come down with the tap inside the window are extra contacts; one outside it is not', () => {
    const contacts: Contact[] = [
      thumb,
      { id: 2, down: 1420, up: 1540, x: 62, y: -38 },
      { id: 3, down: 1420 + WITH_TAP_MS, up: 1600, x: 40, y: -45 }, // at the window's edge: with it
      { id: 4, down: 1420 - 60, up: 1500, x: 80, y: -40 }, // before the tap but within the window: with it
      { id: 5, down: 1420 + WITH_TAP_MS + 1, up: 1700, x: 30, y: -50 }, // just outside: on its own
    ];
    // Contact 4 came down first, so it is the dot's tap (and is off the dot: wrong); 2 came down 60 ms after it, 3 and 5 over 150 ms after.
    const m = measureIsolation([{ litAt: 1000, ...dot }], contacts, anchor);
    expect(m.trials[0]).toMatchObject({ tap: 4, correct: false, extraContacts: 1 });
    const clean = measureIsolation([{ litAt: 1000, ...dot }], contacts.filter((c) => c.id !== 4), anchor);
    expect(clean.trials[0]).toMatchObject({ tap: 2, correct: true, extraContacts: 1 });
  });

  it('the thumb coming off its anchor between dots is an anchor lift; a tap on the anchor is not the dot’s tap', () => {
    const contacts: Contact[] = [
      { id: 1, down: 0, up: 1200, x: 1, y: 2 },
      { id: 2, down: 1300, up: null, x: 0, y: 1 },
      { id: 3, down: 1100, up: 1150, x: 61, y: -41 },
      { id: 4, down: 2500, up: 2600, x: 30, y: -60 },
    ];
    const m = measureIsolation([{ litAt: 1000, ...dot }, { litAt: 2000, x: 30, y: -60, radiusMm: 10 }], contacts, anchor);
    expect(m.anchorLifts).toBe(1);
    expect(m.correctTaps).toBe(2);
  });
});

describe('two hands', () => {
  it('onset asynchrony of a known pair of touches', () => {
    expect(onsetAsynchrony(1000, 1040)).toBe(40);
    expect(onsetAsynchrony(1040, 1000)).toBe(-40);
  });

  it('mirror symmetry: a right hand that mirrors the left exactly but 80 ms later lags 80 ms, and is symmetric once lined up', () => {
    const axis = 100;
    const left = Array.from({ length: 200 }, (_, i) => ({ t: i * 10, x: 60 + 20 * Math.cos(i / 20), y: 80 + 20 * Math.sin(i / 20) }));
    const right = left.map((p) => ({ t: p.t + 80, x: 2 * axis - p.x, y: p.y }));
    const m = mirrorSymmetry(left, right, axis);
    expect(m.lagMs).toBe(80);
    expect(m.symmetryErrorAtLagMm!).toBeLessThan(1e-9);
    expect(m.symmetryErrorMm!).toBeGreaterThan(1);
    // Two vertical lines drawn down at 50 mm/s, the right one 3 mm off the mirror line, in step: error 3 mm, lag 0 (any shift adds to it).
    const down = Array.from({ length: 100 }, (_, i) => ({ t: i * 10, x: 70, y: 40 + i / 2 }));
    const off = down.map((p) => ({ t: p.t, x: 2 * axis - p.x + 3, y: p.y }));
    expect(mirrorSymmetry(down, off, axis)).toMatchObject({ lagMs: 0 });
    expect(mirrorSymmetry(down, off, axis).symmetryErrorMm!).toBeCloseTo(3, 9);
  });
});

describe('the audio clock', () => {
  it('maps an event onto the audio clock within the stated bound, for a clock that ticks in render quanta and drifts 50 ppm', () => {
    const rate = 44_100;
    const quantumS = 128 / rate;
    fc.assert(fc.property(fc.double({ min: 0, max: 3600, noNaN: true }), fc.double({ min: 0, max: 2000, noNaN: true }), fc.constantFrom(-50e-6, 0, 50e-6), (readAtS, sinceMs, skew) => {
      // The audio clock's true time for a performance time p (s): it runs (1 + skew) as fast, from an offset of 12.5 s.
      const audioAt = (pS: number) => 12.5 + pS * (1 + skew);
      // getOutputTimestamp's contextTime lags to the start of the current render quantum.
      const pair = { contextTime: Math.floor(audioAt(readAtS) / quantumS) * quantumS, performanceTime: readAtS * 1000 };
      const eventMs = readAtS * 1000 + sinceMs;
      const errorMs = Math.abs(toAudioTime(eventMs, pair) - audioAt(eventMs / 1000)) * 1000;
      expect(errorMs).toBeLessThanOrEqual(audioTimeErrorBoundMs(rate, sinceMs) + 1e-6);
    }), { numRuns: 500 });
  });
});

describe('the hand outline', () => {
  it('five touches of a hand laid flat are read back as its fingers, its span and which hand, whatever order they came in', () => {
    for (const hand of ['right', 'left'] as const) {
      const places = fingerPlaces(120, hand);
      const at = (p: { x: number; y: number }) => mmPoint(p.x + 150, p.y + 120);
      const touches = [places.ring, places.thumb, places.little, places.index, places.middle].map(at);
      const read = readHand(touches)!;
      expect(read.hand).toBe(hand);
      for (const finger of FINGERS) expect(read.places[finger]).toEqual(at(places[finger]));
      // The outline's span is the distance the hand's five touches measure: thumb tip to little fingertip.
      expect(read.spanMm).toBeCloseTo(120, 9);
    }
    expect(readHand([mmPoint(0, 0)])).toBeNull();
  });

  it('any order of the five touches, the hand turned up to 25° either way and 80 to 160 mm across: the same fingers', () => {
    fc.assert(fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5 }), fc.double({ min: -25, max: 25, noNaN: true }), fc.double({ min: 80, max: 160, noNaN: true }), fc.constantFrom('left' as const, 'right' as const), (order, degrees, span, hand) => {
      const a = (degrees * Math.PI) / 180;
      const places = fingerPlaces(span, hand);
      const at = (p: { x: number; y: number }) => mmPoint(200 + p.x * Math.cos(a) - p.y * Math.sin(a), 150 + p.x * Math.sin(a) + p.y * Math.cos(a));
      const read = readHand(order.map((i) => at(places[FINGERS[i]!])))!;
      expect(read.hand).toBe(hand);
      for (const finger of FINGERS) expect(read.places[finger]).toEqual(at(places[finger]));
    }), { numRuns: 300 });
  });
});

describe('the contact log', () => {
  const sample = (pointerId: number, t: number, x: number, y: number, contact: { widthMm: number; heightMm: number } | null = null) =>
    ({ pointerId, t, x, y, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType: 'touch', contact }) as unknown as InputSample;

  it('each contact from touch-down to lift, in attempt time, with its size, its half of the screen, and ids in order of arrival', () => {
    const log = new ContactLog(1000, 200);
    log.down(sample(7, 1100, 50, 80, { widthMm: 9, heightMm: 11 }));
    log.down(sample(3, 1140, 150, 80));
    expect(log.downNow).toBe(2);
    log.up(sample(7, 1300, 52, 81));
    log.cancel(3, 1500);
    expect(log.contacts).toEqual([
      { id: 1, down: 100, up: 300, x: 50, y: 80, upX: 52, upY: 81, widthMm: 9, heightMm: 11, side: 'left', cancelled: false },
      { id: 2, down: 140, up: 500, x: 150, y: 80, upX: 150, upY: 80, widthMm: null, heightMm: null, side: 'right', cancelled: true },
    ]);
    expect(log.up(sample(7, 1600, 0, 0))).toBeNull();
  });
});

describe('the metronome plan', () => {
  it('beats at the tempo from the start, then as many silent intervals; taps split at half an interval after the last beat', () => {
    const plan = metronomePlan(120, 4, 6, 10);
    expect(plan.beats).toEqual([10, 10.5, 11, 11.5]);
    expect(plan.endS).toBeCloseTo(11.5 + 6.5 * 0.5, 12);
    const { synchronised, continued } = splitPhases([9.98, 10.49, 11.02, 11.49, 11.74, 11.76, 12.3, 15], plan);
    expect(synchronised).toEqual([9.98, 10.49, 11.02, 11.49, 11.74]);
    expect(continued).toEqual([11.76, 12.3]);
  });
});

describe('the isolation sequence', () => {
  it('each finger equally often, never twice in a row, the same for the same seed', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 6 }), (seed, rounds) => {
      const fingers = ['index', 'middle', 'ring', 'little'] as const;
      const order = isolationSequence(fingers, rounds * 4, seed);
      for (const f of fingers) expect(order.filter((x) => x === f)).toHaveLength(rounds);
      order.slice(1).forEach((f, i) => expect(f).not.toBe(order[i]));
      expect(isolationSequence(fingers, rounds * 4, seed)).toEqual(order);
    }), { numRuns: 200 });
  });
});

describe('two hands, together and hold-and-act', () => {
  const left = { x: 40, y: 100, radiusMm: 15 }, right = { x: 200, y: 100, radiusMm: 15 };
  it('two targets pressed 40 ms apart, then the right first by 25 ms, then one missed: the asynchronies, and their mean size', () => {
    const touches = [
      { down: 1000, up: 1200, x: 41, y: 99 }, { down: 1040, up: 1200, x: 199, y: 101 },
      { down: 3025, up: 3200, x: 40, y: 100 }, { down: 3000, up: 3200, x: 200, y: 100 },
      { down: 5000, up: 5100, x: 40, y: 100 },
    ];
    const m = measureTogether([900, 2900, 4900], touches, left, right);
    expect(m.asynchronies).toEqual([40, -25, null]);
    expect(m.meanAbsAsynchronyMs).toBe(32.5);
  });

  it('hold and act: the drum let go once; four taps, three on the target due next', () => {
    const drum = { x: 40, y: 100, radiusMm: 20 };
    const pattern = [{ x: 180, y: 60, radiusMm: 10 }, { x: 220, y: 140, radiusMm: 10 }];
    const touches = [
      { down: 0, up: 1500, x: 40, y: 100 }, { down: 1700, up: 9000, x: 42, y: 98 },
      { down: 1000, up: 1100, x: 180, y: 60 }, { down: 2000, up: 2100, x: 180, y: 60 }, { down: 3000, up: 3100, x: 220, y: 140 }, { down: 4000, up: 4100, x: 181, y: 61 },
    ];
    expect(measureHoldAndAct(drum, pattern, touches, 500, 8000)).toEqual({ holdLifts: 1, taps: 4, onTarget: 3, accuracyPct: 75 });
  });
});
