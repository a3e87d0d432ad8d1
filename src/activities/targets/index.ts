import { modeName } from '../../text/strings';
import type { ActivityDefinition } from '../activity';
import { TARGETS_URL_NAMES, targetsParamsSchema } from './params';

export { ringConditions, TARGET_MODES, targetsParamsSchema, type TargetMode, type TargetsParams } from './params';
export { targetsAttemptSchema, type TargetsAttempt } from './record';

export const targetsActivity: ActivityDefinition<typeof targetsParamsSchema> = {
  id: 'targets',
  paramsSchema: targetsParamsSchema,
  urlNames: TARGETS_URL_NAMES,
  instruction: (params) => modeName(params.mode),
  async mount(host, params) {
    const { mountTargetsScene } = await import('./scene');
    return mountTargetsScene(host, params);
  },
};
