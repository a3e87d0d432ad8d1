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
    ringTooBig: (skipped: number, roomMm: number) => `${skipped} ring sequence${skipped === 1 ? ' is' : 's are'} wider than this screen (${roomMm} mm) and skipped.`,
    ringNoneFits: (roomMm: number, amplitudeMm: number, widthMm: number) => `The ring is too wide for this screen (${roomMm} mm): the largest that fits is used, ${amplitudeMm} × ${widthMm} mm.`,
  },
  sort: {
    rules: { color: 'Sort by colour', shape: 'Sort by shape', size: 'Sort by size', category: 'Sort into kinds' },
    didNotFit: (left: number, total: number) => `${left} of ${total} objects did not fit on this screen at this size: left out.`,
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
    sound: 'Sound',
    volume: 'Sound volume',
    musicVolume: (pct: number) => `Music while playing (${pct === 0 ? 'off' : `${pct}%`})`,
    spoken: 'Spoken instructions (read aloud when an activity starts)',
    spokenMissing: 'This browser cannot speak, so spoken instructions are not available.',
    passRules: 'Default pass rules for tracing',
    passRulesHint: 'Used when a link or plan does not set its own.',
  },
  grownUps: {
    title: 'Grown-ups',
    back: 'Back to the games',
    children: 'Children',
    plans: 'Drill plans',
    reports: 'Reports',
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
    updateReady: 'A new version of Deft is ready. Updating reloads the app; stored attempts and plans stay as they are.',
    updateNow: 'Update now',
    updating: 'Updating…',
  },
  plans: {
    title: 'Drill plans',
    none: 'No plans yet. Start from a preset in the developmental sequence, or build one step by step.',
    presets: 'Presets in the developmental sequence',
    presetHint: 'Each traces the form over the path, then along a dotted line (each until coverage ≥ 80 in 4 of 5 trials), then copies it from a model. Typical ages after the Beery VMI norms.',
    presetName: (form: string) => `${form}: trace, dotted, copy`,
    typicalAge: (months: number) => `typical by ${Math.floor(months / 12)} y ${months % 12} m`,
    usePreset: (form: string) => `Use the ${form} preset`,
    use: 'Use',
    blank: 'New empty plan',
    newPlanName: 'New plan',
    edit: 'Edit',
    name: 'Plan name',
    steps: 'Steps',
    step: (n: number) => `Step ${n}`,
    activity: 'Activity',
    trials: 'Trials',
    goal: 'Goal',
    noGoal: 'No goal',
    goalParts: { measure: 'Measure', comparison: 'Must be', value: 'Value', inTrials: 'In', ofTrials: 'of the last' },
    comparisons: { atLeast: 'at least', atMost: 'at most' },
    goalText: (measure: string, comparison: 'atLeast' | 'atMost', value: number, unit: string, k: number, n: number) =>
      `${measure} ${comparison === 'atLeast' ? '≥' : '≤'} ${value}${unit === 'count' ? '' : ` ${unit}`} in ${k} of ${n} trials`,
    addStep: 'Add a step',
    moveUp: 'Move up',
    moveDown: 'Move down',
    removeStep: 'Remove step',
    settingsOf: (activity: string) => `${activity} settings`,
    leaveEmpty: '(not set)',
    assignedTo: 'Today’s practice for',
    save: 'Save plan',
    saved: 'Plan saved.',
    remove: 'Delete plan',
    confirmRemove: (name: string) => `Delete the plan “${name}”? Attempts made with it stay stored.`,
    invalid: (problems: string[]) => `This plan cannot be saved yet: ${problems.join('; ')}`,
    share: 'Share',
    shareLink: 'Link for a parent’s tablet',
    copyLink: 'Copy link',
    copied: 'Link copied.',
    shareFile: 'Download as a file',
    importFile: 'Open a plan file',
    sharedTitle: 'A plan shared with you',
    sharedSave: 'Add this plan to this device',
    sharedAdded: (name: string) => `“${name}” is now on this device. Choose the children it is for.`,
    sharedProblems: {
      missing: 'This link does not contain a plan. Ask for the link again, and copy all of it.',
      damaged: 'This link is damaged: part of it is missing or changed, so the plan cannot be read. Ask for the link again, and copy all of it.',
      changed: 'This link was changed after it was shared (its check does not match), so it is not opened. Ask for the link again.',
      invalid: 'This link’s plan is not one Deft can run:',
    },
    fileProblem: (problems: string[]) => `This file is not a Deft plan, and nothing was added. ${problems.join('; ')}`,
    stepsSummary: (n: number) => `${n} step${n === 1 ? '' : 's'}`,
    run: 'Start now',
  },
  session: {
    todaysPractice: 'Today’s practice',
    progress: (step: number, steps: number) => `Step ${step} of ${steps}`,
    controls: 'Session controls',
    pause: 'Pause',
    resume: 'Carry on',
    skip: 'Skip this step',
    repeat: 'Start this step again',
    end: 'End the session',
    paused: 'Paused',
    celebration: 'Well done!',
    stickers: 'Sticker collection',
    again: 'Play',
    missing: 'This plan is no longer on this device.',
    carryOn: 'Carry on where you stopped',
    startAgain: 'Start again from the first step',
    leave: 'Back (hold)',
    endedEarly: 'ended early',
    finished: 'finished',
  },
  reports: {
    title: 'Reports',
    none: 'Add a child first: reports are per child.',
    child: 'Child',
    activity: 'Activity',
    from: 'From',
    to: 'To',
    heading: (nickname: string, from: string, to: string) => `${nickname} · ${from} – ${to}`,
    plans: (names: string[]) => (names.length ? `Plans: ${names.join(', ')}` : 'No plan assigned'),
    noAttempts: 'No finished attempts in these dates.',
    progress: 'Progress',
    sessionMean: 'Session mean',
    chartSummary: (attempts: number, latest: string) => `${attempts} attempt${attempts === 1 ? '' : 's'}, the latest ${latest}`,
    attempt: 'Attempt',
    better: { higher: 'higher is better', lower: 'lower is better' },
    goals: 'Goals',
    noGoals: 'No goals in this child’s plans for this activity.',
    sessions: 'Sessions',
    noSessions: 'No plan sessions in these dates.',
    sessionColumns: { date: 'Date', plan: 'Plan', steps: 'Steps', outcome: 'Outcome', attempts: 'Attempts' },
    deletedPlan: 'a deleted plan',
    stepsOf: (done: number, steps: number | null) => (steps === null ? String(done) : `${Math.min(done, steps)} of ${steps}`),
    sessionAttempts: (all: number, completed: number) => `${all} (${completed} completed)`,
    outcomes: { finished: 'Finished', 'ended-early': 'Ended early' },
    goalMet: (passing: number, counted: number) => `met in ${passing} of ${counted} trials`,
    goalNotMet: (passing: number, counted: number, k: number, n: number) => (counted === 0 ? `no trials yet (needs ${k} of ${n})` : `not yet: ${passing} of ${counted} trials (needs ${k} of ${n})`),
    attempts: 'Attempts',
    showMore: (n: number) => `Show ${n} more`,
    replay: 'Replay',
    replayOf: (date: string) => `Replay of the attempt on ${date}`,
    replayLegend: 'Ink colour: green inside the corridor, amber up to half a corridor beyond it, red further out. The light band is the corridor; the dashed line is the path the metrics used.',
    close: 'Close',
    print: 'Print',
    noValue: '–',
  },
  /** Parameter names in the plan forms; a parameter missing here shows its key. */
  paramNames: {
    form: 'Form', guide: 'Help', sizeMm: 'Size (mm)', corridorMm: 'Corridor (mm)', demo: 'Demonstration', passCoveragePct: 'Pass: coverage (%)',
    passInBandPct: 'Pass: ink in corridor (%)', strokeOrder: 'Stroke order', outsideInk: 'Show ink outside', strict: 'Stop outside the corridor',
    adaptive: 'Adaptive', adaptiveMinMm: 'Narrowest corridor (mm)', adaptiveMaxMm: 'Widest corridor (mm)', modelSeconds: 'Model shown (s)', hand: 'Hand',
    rule: 'Sort by', itemCount: 'Objects', itemSizeMm: 'Object size (mm)', binCount: 'Bins', distractors: 'Distractors', seed: 'Seed', grabMarginMm: 'Grab margin (mm)',
    mode: 'Game', stepPct: 'Staircase step (%)', minMm: 'Smallest (mm)', maxMm: 'Largest (mm)', trials: 'Targets', sequences: 'Sequences',
    amplitudeMm: 'Ring diameter A (mm)', widthMm: 'Target width W (mm)', conditions: 'Conditions A×W', items: 'Objects',
  },
  measures: {
    coveragePct: 'Coverage',
    inBandPct: 'Ink in corridor',
    meanDeviationMm: 'Mean deviation',
    drawingMs: 'Drawing time',
    corridorThresholdMm: 'Corridor threshold',
    sortCorrectPct: 'Drops into the right bin',
    sortErrors: 'Wrong-bin drops',
    sortTotalMs: 'Round time',
    pathEfficiencyPct: 'Path efficiency',
    hitRatePct: 'Hit rate',
    targetThresholdMm: 'Size threshold',
    movementMs: 'Movement time',
    throughputBitsPerS: 'Throughput',
    pinchFailedGrasps: 'Failed grasps',
    pinchTotalMs: 'Pinch round time',
  },
  play: {
    home: 'Home',
    back: 'Back',
    mute: 'Sound off',
    unmute: 'Sound on',
    done: 'Done',
    webglMissing: 'This browser cannot draw the game (WebGL is off). Try another browser.',
    storageFull: 'This tablet is out of storage space: attempts wait in memory while Deft stays open. Free some space, or export and delete old attempts in the grown-ups’ area.',
    storageFailed: 'This browser does not let Deft store attempts (private browsing, or storage off): they wait in memory while Deft stays open.',
  },
  params: {
    heading: 'Some settings in this link were not used:',
    outOfRange: (name: string, value: string, fallback: string) => `“${name}=${value}” is not allowed here, so ${fallback ? `${name} is ${fallback}` : `${name} follows the child’s profile`}.`,
    unknown: (name: string) => `“${name}” is not a setting of this activity and was ignored.`,
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
    damaged: (parts: string[]) => `Some stored records could not be read: ${parts.join(', ')}. They are left as they were and skipped; everything else works as usual.`,
    damagedCounts: { profiles: (n: number) => `${n} child profile${n === 1 ? '' : 's'}`, plans: (n: number) => `${n} plan${n === 1 ? '' : 's'}`, sessions: (n: number) => `${n} session${n === 1 ? '' : 's'}` },
    damagedSettings: (fields: string[]) => `settings (${fields.join(', ')}: defaults used)`,
    child: 'Child',
    allChildren: 'All children',
    noChild: 'No child chosen',
    deleteChild: (nickname: string) => `Delete ${nickname}’s data`,
    confirmDelete: (nickname: string, attempts: number) => `Delete ${nickname} and their ${attempts} attempt${attempts === 1 ? '' : 's'} from this device? This cannot be undone.`,
    deleted: (nickname: string, attempts: number) => `${nickname} and ${attempts} attempt${attempts === 1 ? '' : 's'} deleted.`,
    importJson: 'Import JSON',
    imported: (added: { attempts: number; profiles: number; plans: number; sessions: number }, unchanged: number) =>
      `Imported ${added.attempts} attempt${added.attempts === 1 ? '' : 's'}, ${added.profiles} child${added.profiles === 1 ? '' : 'ren'}, ${added.plans} plan${added.plans === 1 ? '' : 's'} and ${added.sessions} session${added.sessions === 1 ? '' : 's'}; ${unchanged} already here.`,
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

/** Names for a parameter's choices, where the app already has them (forms, stages, rules, games, hands). */
const OPTION_NAMES: Record<string, Record<string, string>> = {
  form: strings.forms, guide: strings.guides, rule: strings.sort.rules, mode: strings.targets.modes, hand: strings.grownUps.hands,
};

export function optionName(key: string, option: string): string {
  return OPTION_NAMES[key]?.[option] ?? option;
}

export function criterionText(id: string): string {
  return (strings.criteria as Record<string, string>)[id] ?? id;
}

export function paramName(key: string): string {
  return (strings.paramNames as Record<string, string>)[key] ?? key;
}

export function measureName(id: string): string {
  return (strings.measures as Record<string, string>)[id] ?? id;
}

export function activityName(id: string): string {
  return (strings.activities as Record<string, string>)[id] ?? id;
}
