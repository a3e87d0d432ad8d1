import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attemptJsonSchema } from '../../src/schema/json-schema';

const FILE = fileURLToPath(new URL('../../docs/attempt.schema.json', import.meta.url));

describe('docs/attempt.schema.json', () => {
  it('is what the zod schema generates (run `npm run schema` after changing the schema)', () => {
    const generated = `${JSON.stringify(attemptJsonSchema(), null, 2)}\n`;
    if (process.env.WRITE_SCHEMA === '1') writeFileSync(FILE, generated);
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });
});
