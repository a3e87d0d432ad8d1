// Writes tests/fixtures/human-unistrokes-sample.json and other-gestures-sample.json from
// ../shared/data/human-unistrokes: the strokes the unit tests use on a clone that has no ../shared beside it.
import { readFileSync, writeFileSync } from 'node:fs';

const SHARED = new URL('../../shared/data/human-unistrokes/', import.meta.url);
const FIXTURES = new URL('../tests/fixtures/', import.meta.url);
/** Repetitions 1 to 3 of every gesture, subject and speed: 441 of 1,470, every person and speed alike. */
const REPETITIONS = 3;
/** Circles left open by more than this share of their size: rare (a few per hundred), and the closure check needs them. */
const OPEN_CIRCLE_GAP = 0.3;

const openCircle = ({ gesture, points }) => {
  if (gesture !== 'circle') return false;
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const [first, last] = [points[0], points.at(-1)];
  return Math.hypot(first[0] - last[0], first[1] - last[1]) / size > OPEN_CIRCLE_GAP;
};

for (const [source, target] of [['unistrokes.json', 'human-unistrokes-sample.json'], ['other-gestures.json', 'other-gestures-sample.json']]) {
  const all = JSON.parse(readFileSync(new URL(source, SHARED), 'utf8'));
  const sample = all.filter((s) => s.rep <= REPETITIONS || openCircle(s));
  writeFileSync(new URL(target, FIXTURES), `[${sample.map((s) => JSON.stringify(s)).join(',\n')}]\n`);
  console.log(`${target}: ${sample.length} of ${all.length} strokes`);
}
