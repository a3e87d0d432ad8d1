// Lint, and the import direction of the layers (README: "Layers"):
//   geometry → metrics, adaptive → schema → activities' pure core → input/ink/stage/audio → activities' scenes → app → pages
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noPhaser = { name: 'phaser', message: 'Only scenes, src/stage and src/ink draw with Phaser.', allowTypeImports: true };
const activityInsides = {
  group: ['**/activities/*/*', '!**/activities/*/index', '!**/activities/activity', '!**/activities/registry'],
  message: 'Outside an activity, import it through its index.',
};

const noHtmlFromStrings = { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'User text must never become HTML: build elements with h().' };
/** The app builds schemas with src/schema/zod.ts's z, configured jitless before any schema exists (the CSP forbids eval). */
const noZodValues = { selector: "ImportDeclaration[source.value='zod'][importKind='value']", message: "Import z from src/schema/zod (jitless), not from 'zod'." };

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'node_modules/', '.scratch/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', noHtmlFromStrings, noZodValues],
    },
  },
  { files: ['src/schema/zod.ts', 'tests/**', 'scripts/**'], rules: { 'no-restricted-syntax': ['error', noHtmlFromStrings] } },
  {
    files: ['src/geometry/**', 'src/random/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../*'], message: 'geometry and random are the bottom layer: they import nothing of ours.' }] }] },
  },
  {
    // Pure measures shared by activities: plain numbers in, plain numbers out.
    files: ['src/metrics/**', 'src/adaptive/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../*', '!../geometry', '!../random'], message: 'metrics and adaptive import only geometry and random.' }] }] },
  },
  {
    files: ['src/schema/**', 'src/storage/**', 'src/export/**', 'src/plans/**', 'src/report/**', 'src/text/**', 'src/input/**', 'src/audio/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noPhaser], patterns: [activityInsides, { group: ['**/app/*', '**/pages/*', '**/stage/*', '**/ink/*'], message: 'Lower layers do not import views.' }] }] },
  },
  {
    files: ['src/app/**', 'src/pages/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noPhaser], patterns: [activityInsides] }] },
  },
  {
    files: ['src/pages/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noPhaser], patterns: [activityInsides, { group: ['**/stage/*', '**/ink/*', '**/activities/registry'], message: "Grown-ups' pages import schema, metrics and storage, never scenes." }] }] },
  },
  {
    // An activity's pure core, everything but its scene and its views: no Phaser, so it runs and is tested in Node.
    files: ['src/activities/**/*.ts'],
    ignores: ['src/activities/*/scene.ts', 'src/activities/*/*-view.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noPhaser] }] },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    // Browser globals appear inside page.evaluate callbacks, which run in the page.
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', fetch: 'readonly', performance: 'readonly', window: 'readonly', document: 'readonly', location: 'readonly', indexedDB: 'readonly', crypto: 'readonly', MutationObserver: 'readonly', requestAnimationFrame: 'readonly', navigator: 'readonly' } },
  },
);
