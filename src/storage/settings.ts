import { z } from '../schema/zod';
import { CSS_REFERENCE_PX_PER_MM } from '../geometry/units';
import { database } from './database';

export const settingsSchema = z.object({
  muted: z.boolean().default(false),
  /** CSS px per mm of this screen; calibration will set it, the CSS reference until then. */
  pxPerMm: z.number().min(1).max(20).default(CSS_REFERENCE_PX_PER_MM),
  /** The drawing hand when no profile says otherwise. */
  handedness: z.enum(['right', 'left']).default('right'),
  /** A therapist's 4-digit PIN, asked after the gate's hold; null: the hold alone opens it. A child lock, not a password. */
  pin: z.string().regex(/^\d{4}$/).nullable().default(null),
  /** Loudness of the sound effects, 0..1 (mute, for every sound, stays a separate switch, so unmuting restores it). */
  volume: z.number().min(0).max(1).default(1),
  /** Background music while a child plays, 0..1; off by default, as many children work best in quiet. */
  musicVolume: z.number().min(0).max(1).default(0),
  /**
   * The guide's voice, 0..1; 0 is off. On by default: a child who cannot read
   * hears what to do. Only a voice of the device's own speaks (never the network).
   */
  voiceVolume: z.number().min(0).max(1).default(1),
  /** Calm screens: no place behind the games and no guide character, for children whom decoration distracts; the demonstrating hand stays. */
  calm: z.boolean().default(false),
  /** Tracing's pass rule when a link or plan sets none. */
  passCoveragePct: z.number().min(0).max(100).default(80),
  passInBandPct: z.number().min(0).max(100).default(80),
  /**
   * Clinic sync (src/sync), off unless a grown-up signs in to the clinic's
   * server. No password is kept: the server's session cookie is, by the browser.
   */
  clinicSync: z.object({
    on: z.boolean(),
    /** The clinic's CouchDB, ending in a slash: on the app's own origin (a path such as /db/), or one origin the build allows. */
    server: z.url(),
    /** Who signed in, as the server knows them. */
    name: z.string().min(1).max(200),
    /** Staff see the clinic's children; a family, only the databases its invitation gave. */
    role: z.enum(['staff', 'family']),
    /** A family's child databases; empty for staff, whose list is the clinic's. */
    databases: z.array(z.string().regex(/^[a-z][a-z0-9_$()+/-]*$/)).max(20).default([]),
  }).nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

const KEY = 'app';

export async function loadSettings(): Promise<Settings> {
  try {
    return settingsFrom(await (await database()).get('settings', KEY)).settings;
  } catch {
    return settingsSchema.parse({}); // storage unavailable: play on with defaults
  }
}

/**
 * Stored settings read field by field: a damaged field falls back to its
 * default and the others are kept (a broken volume must not drop the PIN).
 * `damaged` names the fields that did not read.
 */
export function settingsFrom(stored: unknown): { settings: Settings; damaged: string[] } {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const defaults = settingsSchema.parse({});
  const damaged: string[] = stored === undefined || record === stored ? [] : ['settings'];
  const settings = Object.fromEntries(Object.entries(settingsSchema.shape).map(([key, field]) => {
    if (!Object.hasOwn(record, key)) return [key, defaults[key as keyof Settings]];
    const read = field.safeParse(record[key]);
    if (!read.success) damaged.push(key);
    return [key, read.success ? read.data : defaults[key as keyof Settings]];
  })) as Settings;
  return { settings, damaged };
}

/** The settings fields stored on this device that no longer read (their defaults are used). */
export async function damagedSettings(): Promise<string[]> {
  return settingsFrom(await (await database()).get('settings', KEY)).damaged;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await (await database()).put('settings', settingsSchema.parse(settings), KEY);
}
