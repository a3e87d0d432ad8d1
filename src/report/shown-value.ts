import { MEASURES, type MeasureId } from '../registry/measures';

/** Numbers with as many decimals as their size needs: 84, 12.5, 0.35, 0.005; nothing below a thousandth. */
export function formatValue(value: number): string {
  const size = Math.abs(value);
  if (size < 0.001) return '0';
  const text = size >= 100 ? value.toFixed(0) : size >= 10 ? value.toFixed(1) : size >= 1 ? value.toFixed(2) : value.toPrecision(2);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Times are stored in ms and shown in seconds. */
export function shownScale(measure: MeasureId): number {
  return MEASURES[measure].unit === 'ms' ? 1 / 1000 : 1;
}

/** The unit as a grown-up reads it: seconds for times, nothing for counts. */
export function unitText(unit: string): string {
  return unit === 'count' ? '' : unit === 'ms' ? 's' : unit;
}

/** A measure's value as a grown-up reads it, with its unit: "4.2 s", "84 %". */
export function shownValue(measure: MeasureId, value: number): string {
  const unit = unitText(MEASURES[measure].unit);
  return unit ? `${formatValue(value * shownScale(measure))} ${unit}` : formatValue(value * shownScale(measure));
}

/** A change of a measure, signed: "+2.5 %", "−0.8 s". */
export function shownChange(measure: MeasureId, change: number): string {
  const text = shownValue(measure, Math.abs(change));
  return `${change < 0 ? '−' : '+'}${text}`;
}
