import type { ActivityDefinition } from '../../activity/definition';
import { describeTrace, traceStep } from './describe';
import { FORM_IDS } from '../../forms/forms';
import { formIcon, guideIcon, traceIcon } from './icons';
import { traceMeasures } from './measures';
import { GUIDE_STAGES, TRACE_URL_NAMES, traceParamsSchema } from './params';
import { traceCheckUp } from './check-up';
import { traceNorms } from './norms';
import { tracePresets } from './presets';
import { TRACE_RECORD_VERSION, traceAttemptSchema, traceRecordFrom1, traceRecordFrom2 } from './record';
import { formName, guideName, traceOptionNames, traceStrings } from './strings';
import { summarizeTrace, traceSummarySchema } from './summary';

/** Tracing the pre-writing forms, with five stages of help. */
export const traceActivity = {
  id: 'trace',
  paramsSchema: traceParamsSchema,
  urlNames: TRACE_URL_NAMES,
  record: { schema: traceAttemptSchema, version: TRACE_RECORD_VERSION, migrations: { 1: traceRecordFrom1, 2: traceRecordFrom2 }, summarySchema: traceSummarySchema, summarize: summarizeTrace },
  measures: traceMeasures,
  strings: { name: traceStrings.name, card: traceStrings.card, params: traceStrings.params, help: traceStrings.help, empty: traceStrings.empty, options: traceOptionNames, measures: traceStrings.measures },
  card: traceIcon,
  picker: {
    options: { param: 'guide', choices: GUIDE_STAGES, label: traceStrings.picker.stages, name: guideName, picture: (c) => guideIcon(c as (typeof GUIDE_STAGES)[number]) },
    play: { param: 'form', choices: FORM_IDS, label: traceStrings.picker.forms, name: formName, picture: (c, stage) => formIcon(c as (typeof FORM_IDS)[number], GUIDE_STAGES.find((s) => s === stage) ?? 'trace') },
  },
  step: traceStep,
  describe: describeTrace,
  presets: tracePresets,
  norms: traceNorms,
  checkUp: traceCheckUp,
  instruction: (params) => traceStrings.say[params.guide],
  earnsSticker: (summary) => summary.status === 'completed' && summary.metrics.passed,
  csv: (record) => Object.fromEntries(record.criteria.map((c) => [`criteria.${c.id}`, c.met])),
  replay: async () => (await import('./replay')).TraceReplay,
  warm: async () => (await import('./scene')).warmStage(),
  async mount(host, params) {
    const { mountTraceScene } = await import('./scene');
    return mountTraceScene(host, params);
  },
} as const satisfies ActivityDefinition<'trace', typeof traceParamsSchema, typeof traceAttemptSchema, typeof traceSummarySchema, keyof typeof traceMeasures>;
