import { describe, expect, it } from 'vitest';
import { Coach } from '../../src/activity/coach';

describe('the coach: when the guide shows what to do', () => {
  it('demonstrates before the first try of the first round, and not again while the child acts', () => {
    const coach = new Coach({ idleMs: 5000 });
    expect(coach.roundBegan(0, true)).toBe('demonstrate');
    expect(coach.isDemonstrating).toBe(true);
    expect(coach.tick(100_000)).toBeNull(); // still showing: idleness waits for the demonstration
    coach.demoEnded(2000);
    coach.touched(3000);
    expect(coach.isDemonstrating).toBe(false);
    expect(coach.tick(7999)).toBeNull();
  });

  it('a round after a success starts without a demonstration; after two misses at its end, with one', () => {
    const coach = new Coach();
    coach.roundBegan(0, true);
    coach.touched(100);
    coach.celebrated(200);
    expect(coach.roundBegan(3000, false)).toBeNull();
    coach.touched(3100);
    expect(coach.missed(3200)).toBeNull();
    // The second miss in a row shows at once; its demonstration resets the count.
    expect(coach.missed(3400)).toBe('demonstrate');
    expect(coach.roundBegan(6000, false)).toBeNull();
  });

  it('two misses in a row bring a demonstration; a success between them resets the count', () => {
    const coach = new Coach();
    coach.roundBegan(0, false);
    expect(coach.missed(10)).toBeNull();
    coach.succeeded();
    expect(coach.missed(30)).toBeNull();
    expect(coach.missed(40)).toBe('demonstrate');
    expect(coach.missed(50)).toBeNull();
    expect(coach.missed(60)).toBe('demonstrate');
  });

  it('a child still for the idle time is shown again, once per idle spell; a new try starts the count again', () => {
    const coach = new Coach({ idleMs: 5000 });
    coach.roundBegan(0, false);
    expect(coach.tick(4999)).toBeNull();
    expect(coach.tick(5000)).toBe('demonstrate');
    expect(coach.tick(20_000)).toBeNull(); // the demonstration is still under way
    coach.demoEnded(6000);
    expect(coach.tick(10_999)).toBeNull();
    expect(coach.tick(11_000)).toBe('demonstrate');
    coach.demoEnded(12_000);
    coach.tryBegan(60_000);
    expect(coach.tick(64_999)).toBeNull();
    expect(coach.tick(65_000)).toBe('demonstrate');
  });

  it('shows feelings for a moment, then watches; never a verdict', () => {
    const coach = new Coach({ reactionMs: 1000 });
    coach.roundBegan(0, false);
    expect(coach.mood(0)).toBe('idle');
    coach.touched(10);
    expect(coach.mood(10)).toBe('watching');
    coach.missed(100);
    expect(coach.mood(500)).toBe('encouraging');
    coach.celebrated(1200);
    expect(coach.mood(2199)).toBe('cheering');
    expect(coach.mood(2200)).toBe('watching');
    coach.succeeded(); // a target hit mid-round: no show, the game's own feedback is enough
    expect(coach.mood(2300)).toBe('watching');
  });

  it('with demonstrations off, it asks for none but still reacts', () => {
    const coach = new Coach({ demonstrates: false, idleMs: 10 });
    expect(coach.roundBegan(0, true)).toBeNull();
    expect(coach.tick(1000)).toBeNull();
    coach.missed(1000);
    expect(coach.missed(1001)).toBeNull();
    expect(coach.mood(1002)).toBe('encouraging');
  });
});
