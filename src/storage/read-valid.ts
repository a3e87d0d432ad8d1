import type { z } from 'zod';

/** The stored values that still parse; the rest stay in the database untouched, for a later version to read. */
export function readValid<Schema extends z.ZodType>(schema: Schema, values: readonly unknown[]): z.infer<Schema>[] {
  return values.flatMap((value) => { const parsed = schema.safeParse(value); return parsed.success ? [parsed.data] : []; });
}
