import { z } from 'zod';
import { attemptSchema } from './attempt';

/** The published JSON Schema of an attempt record, generated from the zod schema. */
export function attemptJsonSchema(): Record<string, unknown> {
  return {
    title: 'Deft attempt record',
    description: 'One attempt at one activity. Units: mm and ms. Changes are additive and come with a new schemaVersion.',
    ...z.toJSONSchema(attemptSchema, { target: 'draft-2020-12' }),
  };
}
