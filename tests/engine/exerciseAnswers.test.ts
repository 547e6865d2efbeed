import { describe, expect, it } from 'vitest';
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { checkExercise } from '@/engine/exercise/checkExercise';
import { EMPTY_TEMPLATE } from '@/engine';
import { buildDesign } from '../helpers/buildDesign';
import type { Answer, ExerciseAnswers } from './exercise/answer';
import { FIGURE_ANSWERS } from './exercise/figureAnswers';
import { STACK_ANSWERS } from './exercise/stackAnswers';

// For every built-in exercise: right answers (more than the one the author had in mind) that
// must be complete, and plausible wrong ones the brief rules out that must not be — each for the
// reason its `why` gives, shown by the goals it leaves unmet.
const ANSWERS: Readonly<Record<string, ExerciseAnswers>> = { ...FIGURE_ANSWERS, ...STACK_ANSWERS };

const cases = BUILT_IN_EXERCISES.flatMap((exercise) => {
  const answers = ANSWERS[exercise.id];
  if (answers === undefined) return [];
  const row = (kind: 'right' | 'wrong') => (a: Answer) =>
    [exercise.title, kind, a.why, exercise, a] as const;
  return [...answers.right.map(row('right')), ...answers.wrong.map(row('wrong'))];
});

describe('answers to the built-in exercises', () => {
  it('has at least two right and two wrong answers for every exercise', () => {
    for (const exercise of BUILT_IN_EXERCISES) {
      const answers = ANSWERS[exercise.id];
      expect(answers?.right.length ?? 0, exercise.id).toBeGreaterThanOrEqual(2);
      expect(answers?.wrong.length ?? 0, exercise.id).toBeGreaterThanOrEqual(2);
    }
    expect(Object.keys(ANSWERS).sort()).toEqual(BUILT_IN_EXERCISES.map((e) => e.id).sort());
  });

  it.each(cases)('%s — %s: %s', (_title, kind, _why, exercise, answer) => {
    const progress = checkExercise(exercise, buildDesign(answer.blocks));
    const unmet = progress.lines.filter((l) => !l.met);
    if (kind === 'right') {
      expect(unmet.map((l) => `${l.text}: ${l.why}`)).toEqual([]);
      expect(progress.complete).toBe(true);
    } else {
      expect(progress.complete).toBe(false);
      const unmetTypes = new Set(unmet.map((l) => l.goal.type));
      expect(answer.unmet.filter((t) => !unmetTypes.has(t))).toEqual([]);
    }
  });
});

describe('the start of every built-in exercise', () => {
  it.each(BUILT_IN_EXERCISES.map((e) => [e.title, e] as const))(
    '%s is not already complete',
    (_t, exercise) => {
      expect(checkExercise(exercise, exercise.start).complete).toBe(false);
    },
  );

  const empty = BUILT_IN_EXERCISES.filter((e) => e.start.blocks.length === 0);

  it('includes exercises that start from an empty canvas', () => {
    expect(empty.length).toBeGreaterThan(0);
  });

  // Not even "no errors" or "under 2 GiB": an empty canvas has neither, yet answers nothing, and a
  // student must not see a tick before building anything.
  it.each(empty.map((e) => [e.title, e] as const))(
    '%s meets no goal at all on the empty canvas',
    (_t, exercise) => {
      const met = checkExercise(exercise, EMPTY_TEMPLATE.design).lines.filter((l) => l.met);
      expect(met.map((l) => l.goal.type)).toEqual([]);
    },
  );
});
