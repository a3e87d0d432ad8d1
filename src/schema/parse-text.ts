import type { z } from 'zod';

/** Problems shown to a grown-up at most: the first few say enough to tell a damaged file from the wrong one. */
const MAX_PROBLEMS_SHOWN = 3;
/** A choice among more options than this names only the first few: a line, not a catalogue (every activity's measures are dozens). */
const MAX_OPTIONS_NAMED = 5;

export type ParsedText<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * Reads a file's text with its schema. One that is not what it should be says
 * what is wrong and where (`attempts[3].metrics.coveragePct: …`), so a
 * grown-up can tell a damaged file from the wrong file.
 */
export function parseJsonText<Schema extends z.ZodType>(schema: Schema, text: string): ParsedText<z.infer<Schema>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: issuePaths(parsed.error.issues) };
}

/** zod's problems as "where: what" lines. */
export function issuePaths(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.slice(0, MAX_PROBLEMS_SHOWN).map((issue) => `${pathText(issue.path)}: ${messageOf(issue)}`);
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_value' || issue.values.length <= MAX_OPTIONS_NAMED) return issue.message;
  const named = issue.values.slice(0, MAX_OPTIONS_NAMED).map((v) => JSON.stringify(v)).join('|');
  return `Invalid option: expected one of ${issue.values.length}, such as ${named}|…`;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || 'the file';
}
