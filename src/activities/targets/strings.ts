/** The targets games' text, for the catalogue (src/text/strings.ts holds what every screen shares). */
export const targetsStrings = {
  name: 'Targets',
  card: 'Targets',
  modes: { pop: 'Pop the bubbles', ring: 'Tap round the ring', pinch: 'Pinch and drop in the jar' },
  /** What the guide says as it shows each game: short, for a child listening. */
  say: { pop: 'Pop the bubble with one finger!', ring: 'Tap the green one!', pinch: 'Use two fingers, like a pinch, and put the ladybug in the jar!' },
  ringTooBig: (skipped: number, roomMm: number) => `${skipped} ring sequence${skipped === 1 ? ' is' : 's are'} wider than this screen (${roomMm} mm) and skipped.`,
  ringNoneFits: (roomMm: number, amplitudeMm: number, widthMm: number) => `The ring is too wide for this screen (${roomMm} mm): the largest that fits is used, ${amplitudeMm} × ${widthMm} mm.`,
  params: {
    mode: 'Game', sizeMm: 'Size (mm)', adaptive: 'Adaptive', stepPct: 'Staircase step (%)', minMm: 'Smallest (mm)', maxMm: 'Largest (mm)', trials: 'Targets', sequences: 'Sequences',
    amplitudeMm: 'Ring diameter A (mm)', widthMm: 'Target width W (mm)', conditions: 'Conditions A×W', items: 'Objects', seed: 'Seed',
  },
  measures: {
    hitRatePct: 'Hit rate',
    targetThresholdMm: 'Size threshold',
    movementMs: 'Movement time',
    throughputBitsPerS: 'Throughput',
    pinchFailedGrasps: 'Failed grasps',
    pinchTotalMs: 'Pinch round time',
  },
  popTask: (mode: string, sizeMm: number, adaptive: boolean) => `${mode} · ${adaptive ? `from ${sizeMm} mm, adapting` : `${sizeMm} mm`}`,
  ringTask: (mode: string, conditions: string[]) => `${mode} · ${conditions.join(', ') || 'no whole sequence'} mm`,
  pinchTask: (mode: string, items: number, sizeMm: number) => `${mode} · ${items} of ${sizeMm} mm`,
  /** What the child did, for a goal's sentence in the report (a bubble's size is where an adaptive staircase starts). */
  did: {
    pop: (sizeMm: number) => `Popped bubbles from ${sizeMm} mm`,
    ring: () => 'Tapped round the ring',
    pinch: () => 'Pinched and carried ladybugs to the jar',
  },
  hits: (hits: number, total: number) => `${hits}/${total} hit`,
  throughput: (bitsPerS: number | null) => (bitsPerS === null ? 'no throughput' : `${bitsPerS.toFixed(2)} bit/s`),
  inJar: (inJar: number, total: number) => `${inJar}/${total} in the jar`,
  popDetails: (thresholdMm: number | null, errorMm: number | null) =>
    `${thresholdMm === null ? 'no threshold yet' : `threshold ${thresholdMm.toFixed(1)} mm`}${errorMm === null ? '' : ` · off centre ${errorMm.toFixed(1)} mm`}`,
  pinchDetails: (grasps: number, failed: number, apertureMm: number | null) =>
    `${grasps} grasps, ${failed} failed${apertureMm === null ? '' : ` · grip ${apertureMm.toFixed(0)} mm`}`,
} as const;

export function modeName(id: string): string {
  return (targetsStrings.modes as Record<string, string>)[id] ?? id;
}
