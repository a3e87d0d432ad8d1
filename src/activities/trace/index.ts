import { guideName } from '../../text/strings';
import type { ActivityDefinition } from '../activity';
import { TRACE_URL_NAMES, traceParamsSchema } from './params';

export { FORM_IDS, formTemplate, type FormId } from './forms';
export { traceAttemptSchema, type TraceAttempt } from './record';
export { measuredTemplate } from './measured-template';
export { GUIDE_STAGES, traceParamsSchema, type GuideStage, type TraceParams } from './params';

export const traceActivity: ActivityDefinition<typeof traceParamsSchema> = {
  id: 'trace',
  paramsSchema: traceParamsSchema,
  urlNames: TRACE_URL_NAMES,
  instruction: (params) => guideName(params.guide),
  async mount(host, params) {
    const { mountTraceScene } = await import('./scene');
    return mountTraceScene(host, params);
  },
};
