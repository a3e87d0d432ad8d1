/**
 * Every piece of text a person sees, in one place for translation. Children's
 * screens use pictures; their buttons still carry names for screen readers and
 * for the grown-ups beside them.
 */
export const strings = {
  appName: 'Deft',
  home: {
    trace: 'Trace',
    sort: 'Sort',
    targets: 'Targets',
    whoIsPlaying: 'Who is playing?',
    switchChild: (nickname: string) => `${nickname} is playing. Choose another child`,
  },
  activities: {
    trace: 'Tracing',
    sort: 'Sorting',
    targets: 'Targets',
  },
  targets: {
    modes: { pop: 'Pop the bubbles', ring: 'Tap round the ring', pinch: 'Pinch and drop in the jar' },
    ringTooBig: (roomMm: number) => `Some ring conditions are wider than this screen (${roomMm} mm across) and were skipped.`,
  },
  sort: {
    rules: { color: 'Sort by colour', shape: 'Sort by shape', size: 'Sort by size', category: 'Sort into kinds' },
    didNotFit: (left: number, total: number) => `${left} of ${total} objects did not fit on this screen at this size and were left out.`,
  },
  forms: {
    vertical: 'Vertical line',
    horizontal: 'Horizontal line',
    circle: 'Circle',
    cross: 'Cross',
    'diagonal-right': 'Diagonal line ＼',
    'diagonal-left': 'Diagonal line ／',
    square: 'Square',
    x: 'X (oblique cross)',
    triangle: 'Triangle',
    spiral: 'Spiral',
  },
  picker: {
    stages: 'How much help',
    forms: 'Forms',
  },
  guides: {
    trace: 'Trace over the path',
    dotted: 'Follow the dotted line',
    dots: 'Join the dots',
    copy: 'Copy the picture',
    memory: 'Draw it from memory',
  },
  /** Copy criteria as stored in each record and shown to grown-ups (sources: docs/metrics.md). */
  criteria: {
    'vertical-within-30': 'More than half of the line is within 30° of vertical',
    'horizontal-within-30': 'More than half of the line is within 30° of horizontal',
    'circle-closed': 'The circle is closed',
    'circle-aspect': 'The circle is at most twice as long as it is wide',
    'cross-lines-intersect': 'Two lines cross',
    'cross-arms-6mm': 'Each line reaches at least 6 mm beyond the crossing on both sides',
    'cross-lines-on-axes': 'More than half of each line is within 20° of its axis',
    'diagonal-right-angle': 'More than half of the line slopes between 110° and 160° (＼)',
    'diagonal-left-angle': 'More than half of the line slopes between 20° and 70° (／)',
    'diagonal-no-abrupt-turn': 'The line does not change direction abruptly',
    'square-four-sides': 'Four clearly defined sides',
    'square-four-corners': 'Four clearly defined corners, closed',
    'square-corner-angles': 'Every corner is between 60° and 120° (at least three corners found)',
    'x-oblique-lines-cross': 'Two oblique lines cross',
    'x-arms-balanced': 'The longest arm is at most twice the shortest',
    'triangle-three-sides': 'Three clearly defined sides',
    'triangle-three-corners': 'Three clearly defined corners, closed',
    'spiral-turns': 'At least two and a half turns',
    'spiral-no-crossing': 'No turn runs into another',
  },
  gate: {
    button: 'Grown-ups',
    hint: 'For grown-ups: hold the button for 3 seconds.',
    pin: 'PIN',
    pinHint: 'Enter the 4-digit PIN.',
    wrongPin: 'That PIN is not right.',
    open: 'Open',
  },
  settings: {
    title: 'Settings',
    calibration: 'Screen size',
    calibrationHint: 'Hold a bank card (85.60 × 53.98 mm) against the screen and change the size until the rectangle matches it exactly. Sizes and measurements are then true millimetres on this device.',
    cardWidth: 'Rectangle width',
    measured: (pxPerMm: number) => `${pxPerMm.toFixed(3)} CSS px per mm`,
    reset: 'Back to the standard size',
    saveCalibration: 'Use this size',
    saved: 'Saved.',
    hand: 'Drawing hand when a child has no profile',
    pin: 'PIN for the grown-ups’ area',
    pinHint: 'Four digits, asked after the 3-second hold. Leave empty for no PIN.',
    savePin: 'Save PIN',
    badPin: 'A PIN is exactly four digits.',
  },
  grownUps: {
    title: 'Grown-ups',
    back: 'Back to the games',
    children: 'Children',
    data: 'Attempts and export',
    settings: 'Settings',
    add: 'Add a child',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    remove: 'Remove this child',
    confirmRemove: (nickname: string) => `Remove ${nickname}? Their attempts stay stored until you delete them from the Data page.`,
    noChildren: 'No children yet. Add one so each attempt is stored with the child who made it.',
    fields: { nickname: 'Nickname', avatar: 'Picture', ageBand: 'Age (years)', handedness: 'Drawing hand', notes: 'Notes' },
    hands: { right: 'Right', left: 'Left' },
    invalid: (what: string) => `Please check: ${what}.`,
  },
  play: {
    home: 'Home',
    back: 'Back',
    mute: 'Sound off',
    unmute: 'Sound on',
    done: 'Done',
    webglMissing: 'This browser cannot draw the game (WebGL is off). Try another browser.',
  },
  params: {
    heading: 'Some settings in this link were not used:',
    outOfRange: (name: string, value: string, fallback: string) => `“${name}=${value}” is not allowed here, so ${fallback ? `${name} is ${fallback}` : `${name} follows the child’s profile`}.`,
    unknown: (name: string) => `“${name}” is not a setting of this activity and was ignored.`,
    dismiss: 'OK',
  },
  data: {
    title: 'Attempts',
    back: 'Back to the games',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    empty: 'No attempts yet. They appear here as soon as a child finishes or leaves one.',
    columns: { date: 'Date', activity: 'Activity', task: 'Task', status: 'Status', result: 'Result', details: 'Details', duration: 'Duration' },
    passed: 'Passed',
    notYet: 'Not yet',
    traceDetails: (coveragePct: number, met: number, criteria: number) => `coverage ${coveragePct.toFixed(0)}%${criteria ? ` · criteria ${met}/${criteria}` : ''}`,
    sortTask: (rule: string, items: number, sizeMm: number, bins: number) => `${rule} · ${items} objects, ${sizeMm} mm, ${bins} bins`,
    sorted: (correct: number, total: number) => `${correct}/${total} sorted`,
    sortDetails: (wrong: number, outside: number, transportMs: number | null) =>
      `${wrong} in a wrong bin · ${outside} dropped outside${transportMs === null ? '' : ` · ${(transportMs / 1000).toFixed(1)} s a carry`}`,
    popTask: (mode: string, sizeMm: number, adaptive: boolean) => `${mode} · ${adaptive ? `from ${sizeMm} mm, adapting` : `${sizeMm} mm`}`,
    ringTask: (mode: string, conditions: string[]) => `${mode} · ${conditions.join(', ') || 'no whole sequence'} mm`,
    pinchTask: (mode: string, items: number, sizeMm: number) => `${mode} · ${items} of ${sizeMm} mm`,
    hits: (hits: number, total: number) => `${hits}/${total} hit`,
    throughput: (bitsPerS: number | null) => (bitsPerS === null ? 'no throughput' : `${bitsPerS.toFixed(2)} bit/s`),
    inJar: (inJar: number, total: number) => `${inJar}/${total} in the jar`,
    popDetails: (thresholdMm: number | null, errorMm: number | null) =>
      `${thresholdMm === null ? 'no threshold yet' : `threshold ${thresholdMm.toFixed(1)} mm`}${errorMm === null ? '' : ` · off centre ${errorMm.toFixed(1)} mm`}`,
    pinchDetails: (grasps: number, failed: number, apertureMm: number | null) =>
      `${grasps} grasps, ${failed} failed${apertureMm === null ? '' : ` · grip ${apertureMm.toFixed(0)} mm`}`,
    abandoned: 'left early',
    completed: 'finished',
    count: (n: number) => `${n} attempt${n === 1 ? '' : 's'} stored on this device`,
    unreadable: (n: number) => ` (and ${n} that could not be read: they stay stored, untouched)`,
    loadFailed: 'The stored attempts could not be read.',
    child: 'Child',
    allChildren: 'All children',
    noChild: 'No child chosen',
    deleteChild: (nickname: string) => `Delete ${nickname}’s data`,
    confirmDelete: (nickname: string, attempts: number) => `Delete ${nickname} and their ${attempts} attempt${attempts === 1 ? '' : 's'} from this device? This cannot be undone.`,
    deleted: (nickname: string, attempts: number) => `${nickname} and ${attempts} attempt${attempts === 1 ? '' : 's'} deleted.`,
    importJson: 'Import JSON',
    imported: (attempts: number, profiles: number, unchanged: number) => `Imported ${attempts} attempt${attempts === 1 ? '' : 's'} and ${profiles} child${profiles === 1 ? '' : 'ren'}; ${unchanged} already here.`,
    conflicts: (ids: string[]) => `${ids.length} record${ids.length === 1 ? '' : 's'} with the same id but other content ${ids.length === 1 ? 'was' : 'were'} left as ${ids.length === 1 ? 'it was' : 'they were'}: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? '…' : ''}`,
    importFailed: (problems: string[]) => `This file cannot be imported, and nothing was changed. ${problems.join('; ')}`,
    storage: (usedMb: string, quotaMb: string) => `Stored on this device: ${usedMb} MB of ${quotaMb} MB available.`,
    persisted: 'The browser keeps this data even when space runs low.',
    notPersisted: 'The browser may clear this data when space runs low.',
    persist: 'Keep this data safe',
  },
  notFound: 'That page does not exist. Going home.',
} as const;

/** Display name of any form id, for screen readers and the Data page. */
export function formName(id: string): string {
  return (strings.forms as Record<string, string>)[id] ?? id;
}

export function guideName(id: string): string {
  return (strings.guides as Record<string, string>)[id] ?? id;
}

export function modeName(id: string): string {
  return (strings.targets.modes as Record<string, string>)[id] ?? id;
}

export function ruleName(id: string): string {
  return (strings.sort.rules as Record<string, string>)[id] ?? id;
}

export function activityName(id: string): string {
  return (strings.activities as Record<string, string>)[id] ?? id;
}
