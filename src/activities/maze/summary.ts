import type { z } from '../../schema/zod';
import { SUMMARY_HEAD, summaryHead } from '../../activity/summary-head';
import { mazeAttemptSchema, type MazeAttempt } from './record';

/** What lists and charts read of a maze or a dot-to-dot: everything but the samples, the maze's cells and the dots. */
export const mazeSummarySchema = mazeAttemptSchema.pick({ ...SUMMARY_HEAD, params: true, metrics: true, adaptive: true });
export type MazeSummary = z.infer<typeof mazeSummarySchema>;

export function summarizeMaze(a: MazeAttempt): MazeSummary {
  return { ...summaryHead(a), params: a.params, metrics: a.metrics, adaptive: a.adaptive };
}
