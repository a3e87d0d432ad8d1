import { z } from 'zod';
import { attemptSchema } from './attempt';
import { profileSchema } from './profile';

export const EXPORT_FORMAT = 'deft-export';
export const EXPORT_VERSION = 1;

/** The JSON export, and what an import must be: version 1 files from before profiles existed still read. */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  attempts: z.array(attemptSchema),
  profiles: z.array(profileSchema).default([]),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

/** Longest text of a file's problem shown to a grown-up. */
const MAX_PROBLEMS_SHOWN = 3;

/**
 * Reads an export from text. A file that is not one says what is wrong and
 * where (`attempts[3].metrics.coveragePct: …`), so a grown-up can tell a
 * damaged file from the wrong file.
 */
export function parseExportFile(text: string): { ok: true; file: ExportFile } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  const parsed = exportFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, MAX_PROBLEMS_SHOWN).map((issue) => `${pathText(issue.path)}: ${issue.message}`) };
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || 'the file';
}
