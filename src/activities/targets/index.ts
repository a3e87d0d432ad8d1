import type { ActivityDefinition } from '../../activity/definition';
import { describeTargets, targetsStep } from './describe';
import { modeIcon, targetsIcon } from './icons';
import { targetsMeasures } from './measures';
import { TARGET_MODES, TARGETS_PARAMS_IN_USE, TARGETS_URL_NAMES, targetsParamsSchema, type TargetMode } from './params';
import { targetsRecordFrom1 } from './record-from-1';
import { TARGETS_RECORD_VERSION, targetsAttemptSchema } from './record';
import { modeName, targetsStrings } from './strings';
import { summarizeTargets, targetsSummarySchema } from './summary';
import { targetsCheckUp } from './check-up';

/** Popping bubbles, the ISO 9241-9 ring, and pinching small objects into a jar. */
export const targetsActivity = {
  id: 'targets',
  paramsSchema: targetsParamsSchema,
  urlNames: TARGETS_URL_NAMES,
  record: { schema: targetsAttemptSchema, version: TARGETS_RECORD_VERSION, migrations: { 1: targetsRecordFrom1 }, summarySchema: targetsSummarySchema, summarize: summarizeTargets },
  measures: targetsMeasures,
  strings: { name: targetsStrings.name, card: targetsStrings.card, params: targetsStrings.params, help: targetsStrings.help, empty: targetsStrings.empty, options: { mode: targetsStrings.modes }, measures: targetsStrings.measures },
  card: targetsIcon,
  picker: { play: { param: 'mode', choices: TARGET_MODES, label: targetsStrings.name, name: modeName, picture: (c) => modeIcon(c as TargetMode) } },
  step: targetsStep,
  checkUp: targetsCheckUp,
  paramsInUse: (params) => TARGETS_PARAMS_IN_USE[params.mode],
  describe: describeTargets,
  instruction: (params) => targetsStrings.say[params.mode],
  earnsSticker: (summary) => summary.status === 'completed',
  warm: async () => (await import('./scene')).warmStage(),
  async mount(host, params) {
    const { mountTargetsScene } = await import('./scene');
    return mountTargetsScene(host, params);
  },
} as const satisfies ActivityDefinition<'targets', typeof targetsParamsSchema, typeof targetsAttemptSchema, typeof targetsSummarySchema, keyof typeof targetsMeasures>;
