import { z } from '../schema/zod';
import { attemptSchema } from '../registry/attempt';
import { exportFileSchema } from './export-file';

/** The published JSON Schema of an attempt record, generated from the zod schema. */
export function attemptJsonSchema(): Record<string, unknown> {
  return {
    title: 'Deft attempt record',
    description: 'One attempt at one activity. Units: mm and ms. Changes are additive and come with a new schemaVersion.',
    ...z.toJSONSchema(attemptSchema, { target: 'draft-2020-12' }),
  };
}

/** The published JSON Schema of an export file: attempts, profiles, drill plans and sessions. */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    title: 'Deft export file',
    description: 'Everything a device keeps about children, as "Export JSON" writes it and "Import JSON" reads it. Records merge by id.',
    ...z.toJSONSchema(exportFileSchema, { target: 'draft-2020-12', io: 'input' }),
  };
}
