import { ruleName } from '../../text/strings';
import type { ActivityDefinition } from '../activity';
import { SORT_URL_NAMES, sortParamsSchema } from './params';

export { SORT_RULES, sortParamsSchema, type SortParams, type SortRule } from './params';
export { sortAttemptSchema, type SortAttempt } from './record';

export const sortActivity: ActivityDefinition<typeof sortParamsSchema> = {
  id: 'sort',
  paramsSchema: sortParamsSchema,
  urlNames: SORT_URL_NAMES,
  instruction: (params) => ruleName(params.rule),
  async mount(host, params) {
    const { mountSortScene } = await import('./scene');
    return mountSortScene(host, params);
  },
};
