import type { FunctionComponent } from 'preact';
import type { z } from 'zod';
import type { SoundPlayer } from '../audio/sound-player';
import type { AttemptBase, EndReason, SessionRef } from '../schema/parts';

/** What the app lends an activity while it runs. */
export interface ActivityHost {
  /** The element the activity fills. */
  readonly parent: HTMLElement;
  /** CSS px per mm of this screen: the input boundary's one conversion factor. */
  readonly pxPerMm: number;
  readonly profileId: string | null;
  /** The child's drawing hand: layouts keep models and buttons out from under it. */
  readonly handedness: 'left' | 'right';
  /** The child's hand span (thumb tip to little fingertip, mm), as measured or set in the profile; null if not known. */
  readonly handSpanMm: number | null;
  /** Keeps a newly measured hand span in the child's profile (only with a child chosen). */
  rememberHandSpan?(mm: number): void;
  readonly sound: SoundPlayer;
  /** In a drill plan session: stamped on every attempt made here. */
  readonly session?: SessionRef;
  /** Stores a finished or abandoned attempt, already checked against its schema. Never rejects: a failure is logged and the game goes on. */
  saveAttempt(record: AttemptBase): Promise<void>;
  /** A short message for the grown-up beside the child (the game goes on). */
  showNotice(message: string): void;
  /** Shows or hides the "done" check the child can press to finish early. */
  setDoneVisible(visible: boolean): void;
  /**
   * In free play, the round is over (`won`: its goal reached; otherwise the
   * child's effort is what is celebrated): the screen offers another round or
   * home, and the next round waits for `again`. A session has no round ends:
   * it moves on by its trials.
   */
  roundOver?(won: boolean): void;
  /** In free play, how far the round has come: shown as a jar filling. */
  progress?(done: number, total: number): void;
  /** Calm screens (a grown-ups' setting, for children whom decoration distracts): no place and no guide character; the demonstrating hand stays. */
  readonly calm: boolean;
  /** The guide speaks, if the grown-ups' settings let it and the device has a voice of its own: `show` with a demonstration. */
  say(cue: GuideCue): void;
}

/** What the guide says aloud: the activity's instruction as it shows what to do, a cheer, or an encouragement. */
export type GuideCue = 'show' | 'cheer' | 'encourage';

export type LeaveReason = Extract<EndReason, 'home' | 'hidden' | 'route' | 'paused' | 'skipped'>;

/** What the app can ask of a running activity. */
export interface ActivityController {
  /** The child pressed the "done" check. */
  done(): void;
  /** The child is leaving: save the unfinished attempt, if touched, as abandoned. */
  leave(reason: LeaveReason): Promise<void>;
  /** The page is visible again after being hidden, or the child asked for another round: start afresh. */
  resume(): void;
  destroy(): void;
}

/** A number a report charts and a goal can ask for, read from an attempt's summary. `better` says which way is progress. */
export interface Measure<Summary> {
  readonly unit: '%' | 'mm' | 'ms' | 'bits/s' | 'count';
  readonly better: 'higher' | 'lower';
  read(summary: Summary): number | null;
}

/** One row of picture cards on the activity's picker: each card sets `param` (its link name) to a choice. */
export interface ChoiceRow {
  readonly param: string;
  readonly choices: readonly string[];
  /** What the row is, for screen readers. */
  readonly label: string;
  name(choice: string): string;
  /** The choice's picture; a play card shows it as the chosen option (tracing's stage of help) will. */
  picture(choice: string, option?: string): SVGElement;
}

/**
 * The screen between the home card and the game: `play` cards open the game;
 * `options` (trace's stages of help) are a row above them that stays chosen,
 * the first choice by default.
 */
export interface Picker {
  readonly options?: ChoiceRow;
  readonly play: ChoiceRow;
}

/** The activity's text, for the catalogue: its name, its parameters and their choices, its measures. */
export interface ActivityStrings<MeasureId extends string = string> {
  /** As a grown-up reads it in lists: "Tracing". */
  readonly name: string;
  /** The home card's name for screen readers: "Trace". */
  readonly card: string;
  /** Each parameter's label in the plan editor, in a therapist's words with its unit: "Corridor width (mm)". */
  readonly params: Readonly<Record<string, string>>;
  /** A line under each label, saying what the setting does for the child (the schema's descriptions stay the technical record). */
  readonly help: Readonly<Record<string, string>>;
  /** What leaving an optional setting empty means: "A new layout every time". */
  readonly empty?: Readonly<Record<string, string>>;
  /** Names of a parameter's choices, by parameter. */
  readonly options: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly measures: Readonly<Record<MeasureId, string>>;
}

/** One line about an attempt for the Data page and reports: what was asked, how it went, the telling numbers. */
export interface AttemptLine {
  readonly task: string;
  readonly result: string;
  readonly details: string;
  readonly hint?: string;
}

/** How a plan step of this activity is shown and timed. */
export interface StepDescription<Params> {
  /** "Circle · Follow the dotted line". */
  title(params: Params): string;
  /** What a parent reads: "Trace over the path: circle". */
  forParent(params: Params): string;
  /** What the child did, as a therapist's note says it, before "on 4 of 5 trials": "Traced the circle within a 10 mm corridor". */
  did(params: Params): string;
  /** The picture a child recognizes on a practice card and the session trail. */
  picture(params: Params): SVGElement;
  /** Rough seconds one trial takes a young child, the reward included: for "about 5 minutes". */
  trialSeconds(params: Params): number;
}

/** A goal as a preset writes it; the plan schema checks it. */
export interface PresetGoal<MeasureId extends string> {
  readonly measure: MeasureId;
  readonly comparison: 'atLeast' | 'atMost';
  readonly value: number;
  readonly inTrials: number;
  readonly ofTrials: number;
}

/**
 * The ages by which children usually master this activity's tasks, from a
 * published norm, shown in reports beside the child's age band with what the
 * comparison means and what it does not.
 */
export interface Norms<Summary> {
  readonly heading: string;
  /** What the ages are and where they come from; what a comparison with them does and does not say. */
  readonly meaning: string;
  /** The table's words: what a row is, what its age is the age of, which attempts count, and how an age stands to the child's band. */
  readonly words: {
    readonly task: string;
    readonly usualAge: string;
    readonly counted: string;
    readonly relations: Readonly<Record<'before-band' | 'within-band' | 'after-band', string>>;
  };
  readonly items: readonly {
    readonly label: string;
    readonly typicalAgeMonths: number;
    /** Whether an attempt is one the norm speaks of (tracing: copying this form from a model). */
    counts(summary: Summary): boolean;
  }[];
}

/**
 * An activity's standard check-up: a fixed protocol, the same every time and
 * on every tablet (fixed sizes and seeds, no adaptivity), so its numbers
 * compare over months. Each step is run for its trials, which repeat the task
 * so the report can see how much one child varies on one day. Its `id` names
 * the protocol in every session it ran; a changed protocol takes a new id.
 */
export interface CheckUp<Params> {
  readonly id: string;
  readonly steps: readonly { readonly params: Params; readonly trials: number }[];
}

/** Ready-made plans a grown-up starts from. */
export interface PresetList<Id extends string, Params, MeasureId extends string> {
  readonly heading: string;
  readonly hint: string;
  readonly items: readonly {
    readonly name: string;
    /** A short fact beside the name: a typical age. */
    readonly detail: string;
    plan(): { name: string; steps: { activity: Id; params: Params; trials: number; goal?: PresetGoal<MeasureId> }[] };
  }[];
}

/**
 * The record an activity stores, and how older versions of it are read.
 * `migrations[n]` turns a record of version n into version n + 1: small pure
 * functions, run when storage reads a record and when a file is imported.
 */
export interface RecordFormat<RecordSchema extends z.ZodObject, SummarySchema extends z.ZodObject> {
  readonly schema: RecordSchema;
  readonly version: number;
  readonly migrations: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>>;
  /** What lists, charts and goals read, without the raw samples; stored beside each attempt. */
  readonly summarySchema: SummarySchema;
  summarize(record: z.infer<RecordSchema>): z.infer<SummarySchema>;
}

/** A report's replay of one attempt, drawn again from its record as it stood `elapsed` ms after its first sample (the report's controls move it). */
export type Replay<Rec> = FunctionComponent<{ attempt: Rec; elapsed: number }>;

/**
 * One activity, whole: everything the rest of the app needs to list it,
 * start it, plan it, store it, report it and export it. The app builds every
 * route, card, picker, plan form, report and CSV column from these. The
 * Phaser scene is loaded only when the activity starts, so nothing that merely
 * lists activities pulls in Phaser.
 */
export interface ActivityDefinition<
  Id extends string = string,
  ParamsSchema extends z.ZodObject = z.ZodObject,
  RecordSchema extends z.ZodObject = z.ZodObject,
  SummarySchema extends z.ZodObject = z.ZodObject,
  MeasureId extends string = string,
> {
  readonly id: Id;
  readonly paramsSchema: ParamsSchema;
  /** Short names of the parameters in links. */
  readonly urlNames: Readonly<Record<keyof z.infer<ParamsSchema>, string>>;
  readonly record: RecordFormat<RecordSchema, SummarySchema>;
  /** In the order reports show them; the first three head the attempts table. */
  readonly measures: Readonly<Record<MeasureId, Measure<z.infer<SummarySchema>>>>;
  readonly strings: ActivityStrings<MeasureId>;
  /** The home card's picture. */
  card(): SVGElement;
  readonly picker: Picker;
  readonly step: StepDescription<z.infer<ParamsSchema>>;
  describe(summary: z.infer<SummarySchema>): AttemptLine;
  /** Whether this attempt ended a round the child is given a sticker for (tracing: a pass; sorting: every object in its basket). */
  earnsSticker(summary: z.infer<SummarySchema>): boolean;
  readonly presets?: PresetList<Id, z.infer<ParamsSchema>, MeasureId>;
  readonly norms?: Norms<z.infer<SummarySchema>>;
  readonly checkUp: CheckUp<z.infer<ParamsSchema>>;
  /** Whether the activity's own sound is the task with these settings (a metronome to tap with): the background music then stays off. */
  needsQuiet?(params: z.infer<ParamsSchema>): boolean;
  /** What the child is asked to do, in a few words: the guide says it as it shows what to do (if the voice is on). */
  instruction(params: z.infer<ParamsSchema>): string;
  /** The parameters that shape this kind of round (targets: a pop round's, not the ring's); the CSV leaves the others out. All, without it. */
  paramsInUse?(params: z.infer<ParamsSchema>): readonly string[];
  /** Columns the generic flattening of a record cannot make (tracing: one true/false column per criterion). */
  csv?(record: z.infer<RecordSchema>): Record<string, unknown>;
  /** Loads the report's replay of an attempt, for activities that have one. */
  replay?(): Promise<Replay<z.infer<RecordSchema>>>;
  /** Loads the scene's code (and the game engine with it) ahead of need, so a tap opens the game at once; `mount` then finds it loaded. */
  warm(): Promise<unknown>;
  mount(host: ActivityHost, params: z.infer<ParamsSchema>): Promise<ActivityController>;
}
