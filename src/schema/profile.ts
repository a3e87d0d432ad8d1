import { z } from './zod';

/** Pictures a child recognizes as theirs: drawn in code (src/app/ui/avatars.ts). */
export const AVATARS = ['cat', 'bear', 'rabbit', 'frog', 'owl', 'fox', 'mouse', 'panda'] as const;
export const AGE_BANDS = ['2–3', '3–4', '4–5', '5–6', '6–7', '7–8', '8+'] as const;

/** One child. No real names are needed: a nickname and a picture. */
export const profileSchema = z.object({
  id: z.uuid(),
  nickname: z.string().trim().min(1).max(40),
  avatar: z.enum(AVATARS),
  ageBand: z.enum(AGE_BANDS),
  handedness: z.enum(['right', 'left']).describe('places models and buttons where the drawing hand does not cover them'),
  notes: z.string().max(2000).default(''),
  handSpanMm: z.number().min(60).max(220).optional().describe("the hand's span, thumb tip to little fingertip, spread flat: measured from five touches on the fingers' hand outline, or set by a grown-up"),
  therapistChildId: z.uuid().optional().describe("this child's id on the therapist's device, from a shared plan's link: home results are sent under it, so they reach the right child whatever the nickname"),
  resultsSentAt: z.iso.datetime().optional().describe('the end of the newest attempt already sent to the therapist: the next send starts after it'),
  createdAt: z.iso.datetime(),
});
export type Profile = z.infer<typeof profileSchema>;
