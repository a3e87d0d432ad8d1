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
    mode: 'Game', sizeMm: 'Target size (mm)', adaptive: 'Adjust the size to the child', stepPct: 'Size change each step (%)', minMm: 'Smallest target (mm)', maxMm: 'Largest target (mm)', trials: 'Bubbles in a round', sequences: 'Times round the ring',
    amplitudeMm: 'Ring diameter (mm)', widthMm: 'Target diameter on the ring (mm)', conditions: 'Several ring sizes (mm)', items: 'Ladybugs to carry', seed: 'Layout number',
  },
  help: {
    mode: 'Pop: one bubble at a time, touched with one finger. Ring: tap targets round a circle in turn, a standard test of speed and accuracy. Pinch: pick up small ladybugs with two fingers and drop them in a jar.',
    sizeMm: 'Pop: the bubbles’ diameter (where it starts when the size adjusts). Pinch: the ladybugs’ size.',
    adaptive: 'Pop: three hits in a row make the bubbles smaller, a miss makes them larger; the report shows the smallest the child hits reliably.',
    stepPct: 'Pop: how much the size changes each time it adjusts.',
    minMm: 'Pop: bubbles never get smaller than this.',
    maxMm: 'Pop: bubbles never get larger than this.',
    trials: 'Pop: how many bubbles before the round ends.',
    sequences: 'Ring: how many times the child goes round each ring (13 taps each).',
    amplitudeMm: 'Ring: the width of the circle the targets sit on. Wider means longer movements.',
    widthMm: 'Ring: each target’s diameter. Smaller is harder.',
    conditions: 'Ring: several ring diameters × target diameters in turn, e.g. 120x8, 60x8, 120x16. Used instead of the two settings above.',
    items: 'Pinch: how many ladybugs go in the jar.',
    seed: 'The same number gives the same places on the same screen, for comparing like with like.',
  },
  empty: { conditions: 'One ring: the diameters above', seed: 'New places every round' },
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
