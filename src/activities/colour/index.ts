import type { ActivityDefinition } from '../../activity/definition';
import { colourCheckUp } from './check-up';
import { colourStep, describeColour } from './describe';
import { colourIcon, pictureIcon } from './icons';
import { colourMeasures } from './measures';
import { COLOUR_URL_NAMES, colourParamsSchema } from './params';
import { PICTURE_IDS, type PictureId } from './pictures';
import { COLOUR_RECORD_VERSION, colourAttemptSchema } from './record';
import { colourOptionNames, colourStrings, pictureName } from './strings';
import { colourSummarySchema, summarizeColour } from './summary';

/** Colouring inside the lines: a crayon, pictures to fill, and how much stays inside. */
export const colourActivity = {
  id: 'colour',
  paramsSchema: colourParamsSchema,
  urlNames: COLOUR_URL_NAMES,
  record: { schema: colourAttemptSchema, version: COLOUR_RECORD_VERSION, migrations: {}, summarySchema: colourSummarySchema, summarize: summarizeColour },
  measures: colourMeasures,
  strings: { name: colourStrings.name, card: colourStrings.card, params: colourStrings.params, help: colourStrings.help, empty: colourStrings.empty, options: colourOptionNames, measures: colourStrings.measures },
  card: colourIcon,
  picker: { play: { param: 'picture', choices: PICTURE_IDS, label: colourStrings.picker.pictures, name: pictureName, picture: (c) => pictureIcon(c as PictureId) } },
  step: colourStep,
  checkUp: colourCheckUp,
  describe: describeColour,
  instruction: () => colourStrings.say,
  earnsSticker: (summary) => summary.metrics.passed,
  warm: async () => (await import('./scene')).warmStage(),
  async mount(host, params) {
    const { mountColourScene } = await import('./scene');
    return mountColourScene(host, params);
  },
} as const satisfies ActivityDefinition<'colour', typeof colourParamsSchema, typeof colourAttemptSchema, typeof colourSummarySchema, keyof typeof colourMeasures>;
