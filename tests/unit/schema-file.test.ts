import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attemptJsonSchema, exportJsonSchema } from '../../src/export/json-schema';

const FILES = [
  ['attempt.schema.json', attemptJsonSchema],
  ['export.schema.json', exportJsonSchema],
] as const;

describe('the published JSON Schemas in docs/', () => {
  for (const [name, generate] of FILES) {
    it(`${name} is what the zod schema generates (run \`npm run schema\` after changing the schema)`, () => {
      const file = fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));
      const generated = `${JSON.stringify(generate(), null, 2)}\n`;
      if (process.env.WRITE_SCHEMA === '1') writeFileSync(file, generated);
      expect(readFileSync(file, 'utf8')).toBe(generated);
    });
  }
});
