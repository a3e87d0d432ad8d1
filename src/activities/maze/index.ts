import type { ActivityDefinition } from '../../activity/definition';
import { mazeCheckUp } from './check-up';
import { describeMaze, mazeStep } from './describe';
import { mazeIcon, modeIcon } from './icons';
import { mazeMeasures } from './measures';
import { MAZE_MODES, MAZE_PARAMS_IN_USE, MAZE_URL_NAMES, mazeParamsSchema, type MazeMode } from './params';
import { MAZE_RECORD_VERSION, mazeAttemptSchema } from './record';
import { mazeModeName, mazeOptionNames, mazeStrings } from './strings';
import { mazeSummarySchema, summarizeMaze } from './summary';

/** Mazes (lead the character home between walls) and dot-to-dots (join the dots in order): finding a way, and drawing from point to point. */
export const mazeActivity = {
  id: 'maze',
  paramsSchema: mazeParamsSchema,
  urlNames: MAZE_URL_NAMES,
  record: { schema: mazeAttemptSchema, version: MAZE_RECORD_VERSION, migrations: {}, summarySchema: mazeSummarySchema, summarize: summarizeMaze },
  measures: mazeMeasures,
  strings: { name: mazeStrings.name, card: mazeStrings.card, params: mazeStrings.params, help: mazeStrings.help, empty: mazeStrings.empty, options: mazeOptionNames, measures: mazeStrings.measures },
  card: mazeIcon,
  picker: { play: { param: 'mode', choices: MAZE_MODES, label: mazeStrings.name, name: mazeModeName, picture: (c) => modeIcon(c as MazeMode) } },
  step: mazeStep,
  checkUp: mazeCheckUp,
  paramsInUse: (params) => MAZE_PARAMS_IN_USE[params.mode],
  describe: describeMaze,
  instruction: (params) => mazeStrings.say[params.mode],
  earnsSticker: (summary) => summary.metrics.completed,
  warm: async () => (await import('./scene')).warmStage(),
  async mount(host, params) {
    const { mountMazeScene } = await import('./scene');
    return mountMazeScene(host, params);
  },
} as const satisfies ActivityDefinition<'maze', typeof mazeParamsSchema, typeof mazeAttemptSchema, typeof mazeSummarySchema, keyof typeof mazeMeasures>;
