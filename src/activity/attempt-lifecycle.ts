import type { z } from 'zod';
import type { AttemptStatus, DeviceInfo, EndReason } from '../schema/parts';
import type { AttemptHead } from '../schema/record-head';
import type { ActivityHost } from './definition';

export type AttemptPhase = 'ready' | 'result';

/** What the lifecycle needs of the activity at the end of an attempt. */
export interface AttemptRules {
  /** Whether the child has done anything yet: an untouched attempt is not stored when left. */
  touched(): boolean;
  /** The record of the attempt under way, scored, from its head (checked against the schema once, by the lifecycle). */
  build(head: AttemptHead): unknown;
}

/**
 * One attempt after another, the same for every activity, with no Phaser and
 * no DOM: its id and start, its phase, the screen it was laid out for, how it
 * ends (finished by its rule, or abandoned by leaving, pausing, skipping or a
 * resize), the record built, stamped with its session, checked once and
 * handed to the host to store,
 * and the pause after a result before the next one. Timers run on
 * performance.now(), which frame rate and a slowed game clock do not bend.
 */
export class AttemptLifecycle {
  phase: AttemptPhase = 'ready';
  /** ms on the performance clock when this attempt began: samples' t counts from it. */
  originMs = 0;
  private id = '';
  private startedAt = new Date(0);
  /** The screen the attempt was laid out for: what its record reports, even if it ends on another. */
  private device: DeviceInfo | null = null;
  private nextAt: number | null = null;

  constructor(
    private readonly host: Pick<ActivityHost, 'profileId' | 'saveAttempt' | 'session'>,
    private readonly schema: z.ZodType,
    private readonly rules: AttemptRules,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** A new attempt, laid out for `device`; returns its origin on the performance clock. */
  begin(device: DeviceInfo): number {
    this.phase = 'ready';
    this.nextAt = null;
    this.id = crypto.randomUUID();
    this.startedAt = new Date();
    this.device = device;
    this.originMs = this.clock();
    return this.originMs;
  }

  get ready(): boolean {
    return this.phase === 'ready';
  }

  /**
   * Ends the attempt by its rule: the record is built, checked and handed to
   * the host now (the write finishes on its own), and the next attempt is due
   * `pauseMs` later (which may depend on the result), after the reward or
   * the cue. Returns the record.
   */
  finish<R>(reason: EndReason, pauseMs: number | ((record: R) => number)): R {
    const record = this.end('completed', reason) as R;
    void this.host.saveAttempt(record as never);
    this.nextAt = this.clock() + (typeof pauseMs === 'number' ? pauseMs : pauseMs(record));
    return record;
  }

  /** The child leaves, pauses, skips or turns the tablet: an attempt already touched is stored as abandoned; an untouched one is not. */
  async abandon(reason: EndReason): Promise<void> {
    if (!this.ready || !this.rules.touched()) return;
    await this.host.saveAttempt(this.end('abandoned', reason) as never);
  }

  /** Whether the pause after a result is over: time for the next attempt. */
  due(now = this.clock()): boolean {
    return this.phase === 'result' && this.nextAt !== null && now >= this.nextAt;
  }

  private end(status: AttemptStatus, endReason: EndReason): unknown {
    this.phase = 'result';
    const head: AttemptHead = { id: this.id, startedAt: this.startedAt, profileId: this.host.profileId, status, endReason, endedAt: new Date(), device: this.device! };
    const record = this.rules.build(head) as Record<string, unknown>;
    try {
      return this.schema.parse(this.host.session ? { ...record, session: this.host.session } : record);
    } catch (error) {
      // A record its own schema refuses is a bug in the activity: say which fields, so a report (or the chaos monkey's log) can find it.
      const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
      if (!issues) throw error;
      throw new Error(`an attempt's record does not match its schema: ${issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ')}`, { cause: error });
    }
  }
}
