import type { Design } from '../design';
import type { ExerciseGoal } from './goals';

/** The `format` tag every exercise file carries. */
export const EXERCISE_FORMAT = 'stack-sandbox-exercise';
/** The exercise format version this build reads and writes. */
export const EXERCISE_VERSION = 1;

/**
 * An exercise is data: a brief, a starting design (possibly empty or broken), optional limits,
 * and goals the engine checks on whatever the student builds. Shared as a file or a link.
 */
export type Exercise = {
  readonly format: typeof EXERCISE_FORMAT;
  readonly version: typeof EXERCISE_VERSION;
  readonly id: string;
  readonly title: string;
  /** What to do, in a few sentences. */
  readonly brief: string;
  readonly start: Design;
  /** The catalog variants the palette offers (all of them when absent). */
  readonly palette?: readonly string[];
  /** Guided mode refuses illegal edits with the reason; Free lets students make mistakes. */
  readonly mode?: 'guided' | 'free';
  readonly goals: readonly ExerciseGoal[];
};

/** Limits on what an exercise may hold: anything larger is a typo or an attack. */
export const EXERCISE_LIMITS = {
  maxTitle: 200,
  maxBrief: 2000,
  maxHint: 500,
  maxGoals: 40,
  maxId: 100,
  maxAppName: 200,
} as const;
