import { seededRandom, shuffled } from '../../random/seeded-random';

/**
 * The order the dots light in: shuffled rounds of every finger in `fingers`,
 * so each lights equally often and the child cannot guess the next, with no
 * finger lit twice in a row (a repeat tests nothing new). The same seed
 * gives the same order.
 */
export function isolationSequence<F>(fingers: readonly F[], count: number, seed: number): F[] {
  const random = seededRandom(seed);
  const out: F[] = [];
  while (out.length < count) {
    let round = shuffled(random, fingers);
    // A round may not start with the finger the last one ended on: swap it to the end.
    if (fingers.length > 1 && round[0] === out.at(-1)) round = [...round.slice(1), round[0]!];
    out.push(...round);
  }
  return out.slice(0, count);
}
