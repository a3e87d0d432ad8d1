import { z } from './zod';

/**
 * Pieces every attempt record shares. The record format is public: names stay
 * stable; each activity numbers its own record's versions (schemaVersion) and
 * reads older ones through small migrations (src/activity/definition.ts).
 */

export const pointerTypeSchema = z.enum(['touch', 'pen', 'mouse']);
export type PointerKind = z.infer<typeof pointerTypeSchema>;

/** One input sample: position in mm in the record's frame, t in ms since startedAt. */
export const sampleSchema = z.object({
  x: z.number().describe('mm, right of the frame origin'),
  y: z.number().describe('mm, below the frame origin'),
  t: z.number().describe('ms since startedAt'),
  pressure: z.number().min(0).max(1).describe('0..1; browsers report 0.5 for touch and mouse without pressure'),
  tiltX: z.number().min(-90).max(90).describe('degrees, pen tilt towards +x'),
  tiltY: z.number().min(-90).max(90).describe('degrees, pen tilt towards +y'),
  contactWidthMm: z.number().min(0).optional().describe('the touch contact’s width where the browser reports it (targets activity)'),
  contactHeightMm: z.number().min(0).optional(),
});
export type Sample = z.infer<typeof sampleSchema>;

export const strokeSchema = z.object({
  pointerType: pointerTypeSchema,
  points: z.array(sampleSchema).describe('every sample the browser delivered, coalesced ones included'),
});
export type Stroke = z.infer<typeof strokeSchema>;

export const deviceSchema = z.object({
  viewport: z.object({ width: z.number(), height: z.number() }).describe('CSS px'),
  devicePixelRatio: z.number().positive(),
  pxPerMm: z.number().positive().describe('CSS px per mm used to convert input to mm'),
  frame: z
    .object({ left: z.number(), top: z.number() })
    .describe('CSS px page position of the mm origin: (x, y) mm is at (left + x·pxPerMm, top + y·pxPerMm)'),
  userAgent: z.string().max(512),
  // Both absent in records made before they were kept (2026-11): unknown, not false.
  coalescedEvents: z.boolean().optional()
    .describe('whether the browser offered coalesced samples (PointerEvent.getCoalescedEvents): without them a stylus is seen once per frame, not at its own rate'),
  sampleIntervalMs: z.number().min(0).nullable().optional()
    .describe('the median interval between consecutive samples of a stroke over the whole attempt: the sampling rate actually seen. Null with no two samples'),
});
export type DeviceInfo = z.infer<typeof deviceSchema>;

export const attemptStatusSchema = z.enum(['completed', 'abandoned']);
export type AttemptStatus = z.infer<typeof attemptStatusSchema>;

/**
 * Why the attempt ended: completed ones by the activity's rule (tracing: its strokes, "done" or a pause;
 * sorting: everything sorted; targets: every target shown, or every object in the jar), abandoned ones by leaving,
 * or in a session by the grown-up pausing or skipping the step.
 */
export const endReasonSchema = z.enum(['strokes', 'done-button', 'idle', 'sorted', 'finished', 'home', 'hidden', 'route', 'resize', 'paused', 'skipped']);
export type EndReason = z.infer<typeof endReasonSchema>;

/** Where an attempt sits in a drill plan session. */
export const sessionRefSchema = z.object({
  id: z.uuid().describe('the session'),
  planId: z.uuid(),
  step: z.int().min(0).describe("0-based index into the plan's steps"),
  checkUp: z.literal(true).optional().describe("present when the session was an activity's standard check-up (fixed protocol, no adaptivity), not practice"),
});
export type SessionRef = z.infer<typeof sessionRefSchema>;

/** Fields at the head of every attempt, whatever the activity. */
export const attemptBaseShape = {
  id: z.uuid(),
  schemaVersion: z.int().min(1).describe("the version of this activity's record format"),
  status: attemptStatusSchema,
  endReason: endReasonSchema,
  profileId: z.string().nullable(),
  startedAt: z.iso.datetime().describe('when the activity was shown, ready for the child'),
  endedAt: z.iso.datetime(),
  durationMs: z.number().min(0).describe('endedAt − startedAt'),
  device: deviceSchema,
  session: sessionRefSchema.optional().describe('present when the attempt was made in a drill plan session'),
  strokes: z.array(strokeSchema),
};

/** A point of a template in mm: [x, y]. */
export const mmPairSchema = z.tuple([z.number(), z.number()]);

/** Any activity's record as the parts every one shares see it: what the host stores. */
export type AttemptBase = z.infer<z.ZodObject<typeof attemptBaseShape>> & { activity: string };
