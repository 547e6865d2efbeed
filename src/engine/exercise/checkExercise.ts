import type { Design } from '../design';
import { evaluate } from '../evaluate';
import type { Report } from '../report';
import { checkGoal, type GoalResult } from './checkGoal';
import { defaultHint, describeGoal } from './describeGoal';
import type { Exercise } from './exercise';
import type { ExerciseGoal } from './goals';

/** One line of the checklist: the goal, whether it is met, what the engine sees, and a hint. */
export type GoalLine = GoalResult & {
  readonly goal: ExerciseGoal;
  readonly text: string;
  readonly hint: string;
};

export type ExerciseProgress = {
  readonly lines: readonly GoalLine[];
  readonly met: number;
  readonly total: number;
  readonly complete: boolean;
};

/**
 * Checks every goal of an exercise on a design, with the same engine the canvas uses. Pass the
 * report when there is one already (the app has it cached); the grader lets it be computed.
 */
export function checkExercise(
  exercise: Exercise,
  design: Design,
  report: Report = evaluate(design),
): ExerciseProgress {
  const lines = exercise.goals.map((goal) => ({
    goal,
    text: describeGoal(goal),
    hint: goal.hint ?? defaultHint(goal),
    ...checkGoal(goal, design, report),
  }));
  const met = lines.filter((l) => l.met).length;
  return { lines, met, total: lines.length, complete: met === lines.length };
}
