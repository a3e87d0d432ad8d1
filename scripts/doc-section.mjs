// Rewrites one block of a document between its markers, `<!-- name:start -->` and `<!-- name:end -->`.
import { readFileSync, writeFileSync } from 'node:fs';

export function writeDocSection(file, marker, block) {
  const doc = readFileSync(file, 'utf8');
  const pattern = new RegExp(`<!-- ${marker}:start -->[\\s\\S]*<!-- ${marker}:end -->`);
  if (!pattern.test(doc)) throw new Error(`${file} has no ${marker} markers`);
  writeFileSync(file, doc.replace(pattern, () => `<!-- ${marker}:start -->\n${block}\n<!-- ${marker}:end -->`));
}
