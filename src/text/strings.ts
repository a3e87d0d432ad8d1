/**
 * Every piece of text a person sees, in one place for translation. Children's
 * screens use pictures; their buttons still carry names for screen readers and
 * for the grown-ups beside them.
 */
export const strings = {
  appName: 'Deft',
  home: {
    trace: 'Trace',
    data: 'Data for grown-ups',
  },
  activities: {
    trace: 'Tracing',
  },
  forms: {
    vertical: 'Vertical line',
    horizontal: 'Horizontal line',
    circle: 'Circle',
    cross: 'Cross',
    square: 'Square',
    triangle: 'Triangle',
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
    outOfRange: (name: string, value: string, fallback: string) => `“${name}=${value}” is not allowed here, so ${name} is ${fallback}.`,
    unknown: (name: string) => `“${name}” is not a setting of this activity and was ignored.`,
    dismiss: 'OK',
  },
  data: {
    title: 'Attempts',
    back: 'Back to the games',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    empty: 'No attempts yet. They appear here as soon as a child finishes or leaves one.',
    columns: { date: 'Date', activity: 'Activity', form: 'Form', status: 'Status', passed: 'Passed', coverage: 'Coverage %', duration: 'Duration' },
    yes: 'Yes',
    no: 'No',
    abandoned: 'left early',
    completed: 'finished',
    count: (n: number) => `${n} attempt${n === 1 ? '' : 's'} stored on this device`,
    unreadable: (n: number) => ` (and ${n} that could not be read: they stay stored, untouched)`,
    loadFailed: 'The stored attempts could not be read.',
  },
  notFound: 'That page does not exist. Going home.',
} as const;

/** Display name of any form id, for screen readers and the Data page. */
export function formName(id: string): string {
  return (strings.forms as Record<string, string>)[id] ?? id;
}

export function activityName(id: string): string {
  return (strings.activities as Record<string, string>)[id] ?? id;
}
