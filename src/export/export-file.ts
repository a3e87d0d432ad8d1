import { z } from '../schema/zod';
import { attemptSchema } from '../registry/attempt';
import { parseJsonText } from '../schema/parse-text';
import { planSchema, sessionSchema } from '../registry/plan';
import { profileSchema } from '../schema/profile';

export const EXPORT_FORMAT = 'deft-export';
export const EXPORT_VERSION = 1;

/** A results file's head: the child (by the therapist's id for them), as the parent's tablet names them, and the days it covers. */
export const homePracticeSchema = z.object({
  childId: z.uuid(),
  nickname: z.string().trim().min(1).max(40),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  sessions: z.int().min(0),
});
export type HomePractice = z.infer<typeof homePracticeSchema>;

/** The JSON export, and what an import must be: version 1 files from before profiles and plans existed still read. */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  homePractice: homePracticeSchema.optional().describe("present in a results file a parent sends: whose home practice, over which days"),
  attempts: z.array(attemptSchema),
  profiles: z.array(profileSchema).default([]),
  plans: z.array(planSchema).default([]),
  sessions: z.array(sessionSchema).default([]),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

/** Reads an export from text, or says what is wrong with it and where. */
export function parseExportFile(text: string): { ok: true; file: ExportFile } | { ok: false; problems: string[] } {
  const read = parseJsonText(exportFileSchema, text);
  return read.ok ? { ok: true, file: read.value } : read;
}
