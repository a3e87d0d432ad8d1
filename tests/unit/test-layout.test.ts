import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('where the unit tests live', () => {
  it('every test that touches IndexedDB is in tests/unit/storage, where each file gets fresh modules (the pure tests share theirs)', () => {
    const outside = readdirSync('tests/unit').filter((f) => f.endsWith('.ts'))
      .filter((f) => /fake-indexeddb|indexedDB|src\/storage\/|empty-database/.test(readFileSync(`tests/unit/${f}`, 'utf8')) && f !== 'test-layout.test.ts');
    expect(outside).toEqual([]);
  });
});
