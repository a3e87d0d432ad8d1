// The layers of src and what each may import: the README's "Layers" table is this one (tests/unit/layers.test.ts checks they agree).
import path from 'node:path';

/** Each folder of src, in order from the bottom, with what it may import besides itself. */
export const LAYERS = {
  geometry: [],
  random: [],
  metrics: ['geometry', 'random'],
  adaptive: ['geometry', 'random'],
  forms: ['geometry', 'schema'],
  text: [],
  schema: ['geometry'],
  input: ['geometry', 'schema'],
  ink: ['geometry'],
  audio: [],
  pictures: ['schema'],
  activity: ['schema', 'audio'],
  stage: ['geometry', 'schema', 'input', 'ink', 'pictures', 'activity'],
  'activities/*': ['geometry', 'random', 'metrics', 'adaptive', 'forms', 'text', 'schema', 'input', 'ink', 'audio', 'pictures', 'activity', 'stage'],
  registry: ['schema', 'text', 'activity', 'activities/*'],
  storage: ['geometry', 'schema', 'registry'],
  sync: ['schema', 'registry', 'storage'],
  export: ['schema', 'registry', 'storage'],
  plans: ['schema', 'registry'],
  report: ['schema', 'text', 'registry', 'plans'],
  rewards: ['schema', 'registry'],
  contract: ['schema', 'audio', 'activity', 'storage'],
  app: ['geometry', 'random', 'schema', 'text', 'input', 'audio', 'pictures', 'activity', 'registry', 'storage', 'export', 'plans', 'report', 'rewards', 'contract'],
  pages: ['geometry', 'schema', 'text', 'audio', 'pictures', 'activity', 'registry', 'storage', 'sync', 'export', 'plans', 'report', 'contract'],
  main: ['app'],
};

/** Imports made only by a dynamic import(), so the code loads when first needed: the app opens the grown-ups' pages past the gate. */
export const LAZY = { app: ['pages', 'sync'] };

/** The layer of a file under src: its top folder, or `activities/*` for any activity's folder. */
function layerOf(file) {
  const parts = file.split(path.sep).join('/').split('/');
  const at = parts.lastIndexOf('src');
  if (at < 0 || at + 1 >= parts.length) return null;
  const top = parts[at + 1].replace(/\.tsx?$/, '');
  if (top === 'activities') return parts.length > at + 2 ? { layer: 'activities/*', activity: parts[at + 2].replace(/\.tsx?$/, '') } : null;
  return { layer: top, activity: null };
}

export const layersRule = {
  meta: { type: 'problem', docs: { description: 'Imports go down the layers of src (README: "Layers"), and no activity reaches into another.' }, schema: [] },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    function check(node, source, lazy) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), source.split('?')[0]));
      if (!to) return;
      if (from.layer === 'activities/*' && to.layer === 'activities/*') {
        if (to.activity !== from.activity) context.report({ node, message: `An activity imports nothing of another (${from.activity} → ${to.activity}).` });
        return;
      }
      if (to.layer === from.layer) return;
      const allowed = LAYERS[from.layer] ?? [];
      if (allowed.includes(to.layer) || (lazy && (LAZY[from.layer] ?? []).includes(to.layer))) return;
      context.report({ node, message: `src/${from.layer} may not import src/${to.layer}${(LAZY[from.layer] ?? []).includes(to.layer) ? ' except lazily, with import()' : ''} (README: "Layers").` });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value, false),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, false),
      ExportAllDeclaration: (node) => check(node, node.source.value, false),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, true),
    };
  },
};
