import { z } from './zod';

/** What a form needs to know about one parameter, read from its zod schema. */
export type FieldInfo =
  | { readonly kind: 'enum'; readonly options: readonly string[] }
  | { readonly kind: 'number'; readonly min: number | null; readonly max: number | null; readonly integer: boolean }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'string'; readonly pattern: string | null };

export interface FieldDescription {
  readonly info: FieldInfo;
  /** May be left empty (an optional setting with no default). */
  readonly optional: boolean;
  readonly description: string;
}

/** The zod type under defaults and optionals: the number, boolean or enum itself. */
export function baseType(field: z.ZodType): z.ZodType {
  let current = field;
  for (let def = current.def as { type: string; innerType?: z.ZodType }; (def.type === 'default' || def.type === 'optional') && def.innerType; def = current.def as typeof def) current = def.innerType;
  return current;
}

interface JsonSchemaField { type?: string; enum?: string[]; minimum?: number; maximum?: number; pattern?: string }

/**
 * Reads one parameter's kind, limits and help text from its schema (through
 * zod's own JSON Schema), so a form for any activity comes from that
 * activity's schema alone.
 */
export function describeField(field: z.ZodType): FieldDescription {
  const json = z.toJSONSchema(baseType(field), { io: 'input', unrepresentable: 'any' }) as JsonSchemaField;
  const optional = field.safeParse(undefined).success && field.parse(undefined) === undefined;
  const description = field.description ?? '';
  const info: FieldInfo = json.enum ? { kind: 'enum', options: json.enum }
    : json.type === 'boolean' ? { kind: 'boolean' }
    : json.type === 'number' || json.type === 'integer' ? { kind: 'number', min: json.minimum ?? null, max: json.maximum ?? null, integer: json.type === 'integer' }
    : { kind: 'string', pattern: json.pattern ?? null };
  return { info, optional, description };
}
