import type { ActivityDefinition } from '../../activity/definition';
import { cutCheckUp } from './check-up';
import { CUT_LINE_KINDS, type CutLineKind } from './cut-sheets';
import { cutStep, describeCut } from './describe';
import { cutIcon, lineIcon } from './icons';
import { cutMeasures } from './measures';
import { cutNorms } from './norms';
import { CUT_URL_NAMES, cutParamsSchema } from './params';
import { CUT_RECORD_VERSION, cutAttemptSchema } from './record';
import { cutOptionNames, cutStrings, lineName } from './strings';
import { cutSummarySchema, summarizeCut } from './summary';

const SHAPES: ReadonlySet<CutLineKind> = new Set(['circle', 'square', 'triangle', 'fish']);

/** Cutting along lines and round shapes, the other hand holding and turning the paper. */
export const cutActivity = {
  id: 'cut',
  paramsSchema: cutParamsSchema,
  urlNames: CUT_URL_NAMES,
  record: { schema: cutAttemptSchema, version: CUT_RECORD_VERSION, migrations: {}, summarySchema: cutSummarySchema, summarize: summarizeCut },
  measures: cutMeasures,
  strings: { name: cutStrings.name, card: cutStrings.card, params: cutStrings.params, help: cutStrings.help, empty: cutStrings.empty, options: cutOptionNames, measures: cutStrings.measures },
  card: cutIcon,
  picker: { play: { param: 'line', choices: CUT_LINE_KINDS, label: cutStrings.picker.lines, name: lineName, picture: (c) => lineIcon(c as CutLineKind) } },
  step: cutStep,
  checkUp: cutCheckUp,
  norms: cutNorms,
  describe: describeCut,
  instruction: (params) => (params.line === 'fringe' ? cutStrings.say.snip : SHAPES.has(params.line) ? cutStrings.say.round : cutStrings.say.along),
  earnsSticker: (summary) => summary.metrics.passed,
  warm: async () => (await import('./scene')).warmStage(),
  async mount(host, params) {
    const { mountCutScene } = await import('./scene');
    return mountCutScene(host, params);
  },
} as const satisfies ActivityDefinition<'cut', typeof cutParamsSchema, typeof cutAttemptSchema, typeof cutSummarySchema, keyof typeof cutMeasures>;
