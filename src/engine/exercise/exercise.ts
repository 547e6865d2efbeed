import type { Design } from '../design';
import type { ExerciseGoal } from './goals';

/** The `format` tag every exercise file carries. */
export const EXERCISE_FORMAT = 'stack-sandbox-exercise';
/**
 * The exercise format version this build reads and writes. Version 2 adds what a teacher keeps
 * with an exercise (an answer key, notes, a time estimate, learning goals) and the switches for
 * hints and a locked Guided mode. Its starting design is read by the design reader (and migrated
 * with it).
 */
export const EXERCISE_VERSION = 2;

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
  /** Students cannot change the mode (Guided stays Guided). */
  readonly lockMode?: boolean;
  /** Hints are offered to students (the default); `false` hides them, for a test. */
  readonly hints?: boolean;
  readonly goals: readonly ExerciseGoal[];
  /**
   * What only the teacher sees: never shown to students, and left out of the copy shared with
   * them (see `forStudents`).
   */
  readonly teacher?: TeacherNotes;
};

/** What a teacher keeps with an exercise. */
export type TeacherNotes = {
  /** A model answer: one design that meets every goal (the answer key). */
  readonly answer?: Design;
  /** Notes for the lesson: what to watch for, what to ask. */
  readonly notes?: string;
  /** How long the exercise takes, in minutes. */
  readonly minutes?: number;
  /** What students learn, one line each. */
  readonly learningGoals?: readonly string[];
};

/** The exercise as students get it: the same, without the teacher's part. */
export function forStudents(exercise: Exercise): Exercise {
  if (exercise.teacher === undefined) return exercise;
  const { teacher: _teacher, ...rest } = exercise;
  return rest;
}

/** Limits on what an exercise may hold: anything larger is a typo or an attack. */
export const EXERCISE_LIMITS = {
  maxTitle: 200,
  maxBrief: 2000,
  maxHint: 500,
  maxGoals: 40,
  maxId: 100,
  maxAppName: 200,
  maxNotes: 4000,
  maxLearningGoals: 12,
  maxMinutes: 600,
  /** The largest count a goal may ask for (apps, copies, blocks in a role). */
  maxCount: 100_000,
  /** The largest time a goal may name, ms. */
  maxMs: 1e9,
} as const;
