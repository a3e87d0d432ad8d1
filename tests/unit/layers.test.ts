import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { LAYERS } from '../../eslint/layers.js';

/** The README's "Layers" table: folder → what it may use. */
function readmeTable(): Record<string, string[]> {
  const text = readFileSync('README.md', 'utf8');
  const section = text.slice(text.indexOf('## Layers'));
  const rows = [...section.matchAll(/^\| `src\/([^`]+)` \| .* \| ([^|]*) \|$/gm)];
  return Object.fromEntries(rows.map(([, folder, uses]) => [folder!.replace('<id>', '*'), uses!.trim() === '–' ? [] : uses!.split(',').map((u) => u.trim())]));
}

it("the README's layer table is the one lint enforces, row for row", () => {
  // src/main.ts, the entry, is not a folder: it starts the app.
  const layers = Object.fromEntries(Object.entries(LAYERS as Record<string, string[]>).filter(([folder]) => folder !== 'main'));
  expect(readmeTable()).toEqual(layers);
});
