import type { ActivityDefinition } from '../../activity/definition';
import { describeSort, sortStep } from './describe';
import { ruleIcon, sortIcon } from './icons';
import { sortMeasures } from './measures';
import { SORT_RULES, SORT_URL_NAMES, sortParamsSchema, type SortRule } from './params';
import { SORT_RECORD_VERSION, sortAttemptSchema } from './record';
import { ruleName, sortStrings } from './strings';
import { sortSummarySchema, summarizeSort } from './summary';
import { sortCheckUp } from './check-up';

/** Sorting objects into bins by a rule, with one or two hands. */
export const sortActivity = {
  id: 'sort',
  paramsSchema: sortParamsSchema,
  urlNames: SORT_URL_NAMES,
  record: { schema: sortAttemptSchema, version: SORT_RECORD_VERSION, migrations: {}, summarySchema: sortSummarySchema, summarize: summarizeSort },
  measures: sortMeasures,
  strings: { name: sortStrings.name, card: sortStrings.card, params: sortStrings.params, help: sortStrings.help, empty: sortStrings.empty, options: { rule: sortStrings.rules }, measures: sortStrings.measures },
  card: sortIcon,
  picker: { play: { param: 'rule', choices: SORT_RULES, label: sortStrings.name, name: ruleName, picture: (c) => ruleIcon(c as SortRule) } },
  step: sortStep,
  checkUp: sortCheckUp,
  describe: describeSort,
  instruction: (params) => sortStrings.say[params.rule],
  earnsSticker: (summary) => summary.status === 'completed',
  warm: async () => (await import('./scene')).warmStage(),
  async mount(host, params) {
    const { mountSortScene } = await import('./scene');
    return mountSortScene(host, params);
  },
} as const satisfies ActivityDefinition<'sort', typeof sortParamsSchema, typeof sortAttemptSchema, typeof sortSummarySchema, keyof typeof sortMeasures>;
