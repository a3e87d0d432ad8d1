/** A source of numbers in [0, 1) that repeats exactly for the same seed. */
export type Random = () => number;

/**
 * mulberry32: a tiny 32-bit generator, fast and well spread for games and
 * simulations (not for secrets). Therapists repeat a standardized round by
 * giving its seed again; tests replay simulations the same way.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, n). */
export function randomIndex(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The largest seed: any whole number a therapist can type and a link can carry. */
export const MAX_SEED = 2 ** 31 - 1;

/** A fresh seed for a round given none (recorded, so it can be replayed). */
export function newSeed(): number {
  return Math.floor(Math.random() * MAX_SEED);
}
