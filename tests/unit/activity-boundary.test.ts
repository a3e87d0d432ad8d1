import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ACTIVITY_IDS } from '../../src/registry/activities';

/** The one place outside the folders that names each activity: its registry line. */
const REGISTRY = 'src/registry/activities.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Code, not prose: comments may speak of tracing; only code can depend on an id. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

it('no file outside src/activities/<id>/ names an activity id, but the registry line', () => {
  const found: string[] = [];
  for (const file of sources('src')) {
    if (file === REGISTRY) continue;
    const code = withoutComments(readFileSync(file, 'utf8'));
    for (const id of ACTIVITY_IDS) {
      if (file.startsWith(join('src', 'activities', id) + '/')) continue;
      const literal = new RegExp(`(['"\`])${id}\\1|activities/${id}\\b|#/(play/)?${id}\\b`);
      if (literal.test(code)) found.push(`${file} names '${id}'`);
    }
  }
  expect(found).toEqual([]);
});

it('the check finds an id where one is named (it can fail)', () => {
  const code = withoutComments("const x = 'trace'; // 'sort' in a comment is fine");
  expect(/(['"`])trace\1/.test(code)).toBe(true);
  expect(/(['"`])sort\1/.test(code)).toBe(false);
});
