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

/**
 * The ways code names an activity. Ids are everyday words ('trace' is also a
 * stage of help, 'star' a sound), so a bare string is not enough: the id must
 * stand where an activity is meant: compared with or set as an `activity`, in
 * a route or an import path, passed to something about activities, steps or
 * measures, listed beside another id, or a case of a switch on an activity.
 */
function namings(code: string, id: string): RegExp[] {
  const q = `(['"\`])`;
  const any = ACTIVITY_IDS.join('|');
  return [
    new RegExp(`activity\\s*(:|[!=]==?)\\s*${q}${id}\\2`),
    new RegExp(`${q}${id}\\1\\s*[!=]==?\\s*[\\w.?]*activity\\b`),
    new RegExp(`activities/${id}\\b`),
    new RegExp(`#/(play/)?${id}\\b`),
    new RegExp(`(activit|step|measure)\\w*(\\.get|\\.has)?\\(\\s*${q}${id}\\3`, 'i'),
    new RegExp(`STEP_PARAMS(\\.${id}\\b|\\[${q}${id}\\2\\])`),
    new RegExp(`${q}(${any})\\1\\s*,\\s*${q}(${any})\\3`),
    ...(/switch \([\w.?]*activity\)/.test(code) ? [new RegExp(`case ${q}${id}\\1:`)] : []),
  ];
}

it('no file outside src/activities/<id>/ names an activity id, but the registry line', () => {
  const found: string[] = [];
  for (const file of sources('src')) {
    // Inside any activity's folder its words are its own: lint keeps one activity from importing another.
    if (file === REGISTRY || file.startsWith(join('src', 'activities') + '/')) continue;
    const code = withoutComments(readFileSync(file, 'utf8'));
    for (const id of ACTIVITY_IDS) if (namings(code, id).some((pattern) => pattern.test(code))) found.push(`${file} names '${id}'`);
  }
  expect(found).toEqual([]);
});

it('the check finds each way of naming an activity, and not the same word meant otherwise', () => {
  const named = (code: string) => ACTIVITY_IDS.some((id) => namings(withoutComments(code), id).some((p) => p.test(withoutComments(code))));
  for (const code of [
    "if (step.activity === 'trace') draw();",
    "const s = { activity: 'sort', params };",
    "navigate('#/targets');",
    "import { x } from '../activities/trace';",
    "defaultStep('trace', rules);",
    "activities.get('sort');",
    "const all = ['trace', 'sort', 'targets'];",
    "switch (a.activity) { case 'sort': return 1; }",
  ]) expect(named(code), code).toBe(true);
  for (const code of ["sound.play('star');", "const guide = 'trace';", "// the 'sort' activity", "switch (rule) { case 'sort': return 1; }"]) expect(named(code), code).toBe(false);
});
