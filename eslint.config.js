// Lint, and the layers of src: eslint/layers.js holds the table (README: "Layers"), each row an allow-list.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layersRule } from './eslint/layers.js';

const noPhaser = { name: 'phaser', message: 'Only scenes, src/stage and src/ink draw with Phaser.', allowTypeImports: true };
const activityInsides = {
  group: ['**/activities/*/*', '!**/activities/*/index'],
  message: 'Outside an activity, import it through its index.',
};

const noHtmlFromStrings = { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'User text must never become HTML: build elements with h().' };
/** The app builds schemas with src/schema/zod.ts's z, configured jitless before any schema exists (the CSP forbids eval). */
const noZodValues = { selector: "ImportDeclaration[source.value='zod'][importKind='value']", message: "Import z from src/schema/zod (jitless), not from 'zod'." };

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'dist-cold/', 'node_modules/', '.scratch/', 'test-results/', 'playwright-report/'] },
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
  { files: ['src/**'], plugins: { deft: { rules: { layers: layersRule } } }, rules: { 'deft/layers': 'error' } },
  {
    // Outside an activity, only its index (the registry's line); Phaser only in scenes, views, src/stage and src/ink.
    files: ['src/**'],
    ignores: ['src/activities/**', 'src/stage/**', 'src/ink/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noPhaser], patterns: [activityInsides] }] },
  },
  {
    // An activity's pure core, everything but its scene and its views: no Phaser, so it runs and is tested in Node.
    files: ['src/activities/**/*.ts'],
    ignores: ['src/activities/*/scene.ts', 'src/activities/*/*-view.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noPhaser] }] },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js', 'eslint/**/*.js'],
    // Browser globals appear inside page.evaluate callbacks, which run in the page.
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', fetch: 'readonly', performance: 'readonly', window: 'readonly', document: 'readonly', location: 'readonly', indexedDB: 'readonly', crypto: 'readonly', MutationObserver: 'readonly', requestAnimationFrame: 'readonly', navigator: 'readonly', TextEncoder: 'readonly' } },
  },
);
