import type { ActivityDefinition } from '../../activity/definition';
import { fingersCheckUp } from './check-up';
import { describeFingers, fingersStep } from './describe';
import { fingersIcon, modeIcon } from './icons';
import { fingersMeasures } from './measures';
import { FINGERS_MODES, FINGERS_PARAMS_IN_USE, FINGERS_URL_NAMES, fingersParamsSchema, type FingersMode } from './params';
import { FINGERS_RECORD_VERSION, fingersAttemptSchema } from './record';
import { fingersModeName, fingersOptionNames, fingersStrings } from './strings';
import { fingersSummarySchema, summarizeFingers } from './summary';

/** Finger isolation, tapping speed and rhythm, and two hands at once: what a multi-touch screen can see of fingers and hands. */
export const fingersActivity = {
  id: 'fingers',
  paramsSchema: fingersParamsSchema,
  urlNames: FINGERS_URL_NAMES,
  record: { schema: fingersAttemptSchema, version: FINGERS_RECORD_VERSION, migrations: {}, summarySchema: fingersSummarySchema, summarize: summarizeFingers },
  measures: fingersMeasures,
  strings: { name: fingersStrings.name, card: fingersStrings.card, params: fingersStrings.params, help: fingersStrings.help, empty: fingersStrings.empty, options: fingersOptionNames, measures: fingersStrings.measures },
  card: fingersIcon,
  picker: { play: { param: 'mode', choices: FINGERS_MODES, label: fingersStrings.name, name: fingersModeName, picture: (c) => modeIcon(c as FingersMode) } },
  step: fingersStep,
  checkUp: fingersCheckUp,
  paramsInUse: (params) => FINGERS_PARAMS_IN_USE[params.mode],
  describe: describeFingers,
  instruction: (params) => fingersStrings.say[params.mode],
  needsQuiet: (params) => params.mode === 'rhythm',
  earnsSticker: (summary) => summary.metrics.completed,
  warm: async () => (await import('./scene')).warmStage(),
  async mount(host, params) {
    const { mountFingersScene } = await import('./scene');
    return mountFingersScene(host, params);
  },
} as const satisfies ActivityDefinition<'fingers', typeof fingersParamsSchema, typeof fingersAttemptSchema, typeof fingersSummarySchema, keyof typeof fingersMeasures>;
