import type { z } from 'zod';
import { describeField, type FieldDescription } from '../schema/field-info';
import { activityOf } from '../registry/activities';
import { emptyName, optionName, paramHelp, paramName } from '../registry/names';
import { strings } from '../text/strings';

/**
 * A form for any activity's parameters, generated from its zod schema: an
 * enum becomes a list, a number an input with the schema's limits, a flag a
 * checkbox. Labels, help and the meaning of an empty choice are the
 * activity's words for grown-ups (the schema's descriptions document records).
 * An activity of several games shows only the settings the chosen game reads
 * (its paramsInUse); the others keep their values, out of the way.
 */
export function ParamForm({ activity, schema, value, onChange, idPrefix }: {
  /** Whose parameters: their labels and choices' names are the activity's. */
  activity: string;
  schema: z.ZodObject;
  value: Record<string, unknown>;
  onChange: (value: Record<string, unknown>) => void;
  /** Keeps ids unique when several steps' forms share a page. */
  idPrefix: string;
}) {
  const set = (key: string, next: unknown) => {
    const copy = { ...value };
    if (next === undefined) delete copy[key];
    else copy[key] = next;
    onChange(copy);
  };
  const parsed = schema.safeParse(value);
  const inUse = parsed.success ? activityOf(activity).paramsInUse?.(parsed.data) : undefined;
  return (
    <div class="param-form">
      {Object.entries(schema.shape as Record<string, z.ZodType>).filter(([key]) => !inUse || inUse.includes(key)).map(([key, field]) => {
        const id = `${idPrefix}-${key}`;
        const described = describeField(field);
        return (
          <div class="param" key={key} data-param={key}>
            <label for={id}>{paramName(activity, key)}</label>
            <Input id={id} activity={activity} name={key} described={described} value={value[key]} onChange={(next) => set(key, next)} />
            {paramHelp(activity, key) && <small id={`${id}-help`}>{paramHelp(activity, key)}</small>}
          </div>
        );
      })}
    </div>
  );
}

function Input({ id, activity, name, described, value, onChange }: { id: string; activity: string; name: string; described: FieldDescription; value: unknown; onChange: (value: unknown) => void }) {
  const { info, optional } = described;
  const help = paramHelp(activity, name) ? `${id}-help` : undefined;
  const empty = emptyName(activity, name) ?? strings.plans.leaveEmpty;
  switch (info.kind) {
    case 'boolean':
      return <input id={id} type="checkbox" checked={value === true} aria-describedby={help} onChange={(e) => onChange(e.currentTarget.checked)} />;
    case 'enum':
      return (
        <select id={id} value={value === undefined ? '' : String(value)} aria-describedby={help} onChange={(e) => onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}>
          {optional && <option value="">{empty}</option>}
          {info.options.map((option) => <option key={option} value={option}>{optionName(activity, name, option)}</option>)}
        </select>
      );
    case 'number':
      return (
        <input id={id} type="number" inputMode={info.integer ? 'numeric' : 'decimal'} min={info.min ?? undefined} max={info.max ?? undefined} step={info.integer ? 1 : 'any'}
          value={typeof value === 'number' ? value : ''} placeholder={optional ? empty : undefined} aria-describedby={help}
          onInput={(e) => { const text = e.currentTarget.value; onChange(text === '' ? undefined : Number(text)); }} />
      );
    case 'string':
      return (
        <input id={id} type="text" pattern={info.pattern?.replace(/^\^|\$$/g, '')} value={typeof value === 'string' ? value : ''} placeholder={optional ? empty : undefined} aria-describedby={help}
          onInput={(e) => onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)} />
      );
  }
}
