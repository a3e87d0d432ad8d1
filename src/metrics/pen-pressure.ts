export interface PenPressure {
  mean: number;
  /** Standard deviation ÷ mean: how evenly the child pressed. */
  coefficientOfVariation: number;
}

/**
 * Pressure over every pen sample of an attempt; null without a pen, since
 * browsers report a constant 0.5 for fingers and mice. Samples at 0 (the pen
 * hovering or lifting) are left out.
 */
export function penPressure(strokes: readonly { pointerType: string; points: readonly { pressure: number }[] }[]): PenPressure | null {
  const values = strokes.filter((s) => s.pointerType === 'pen').flatMap((s) => s.points.map((p) => p.pressure)).filter((p) => p > 0);
  if (values.length === 0) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return { mean, coefficientOfVariation: mean > 0 ? Math.sqrt(variance) / mean : 0 };
}
