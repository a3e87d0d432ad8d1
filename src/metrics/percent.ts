/** part as a percentage of whole; null when there is nothing to divide (a round with no drops has no accuracy yet). */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}
