import { TEMPLATES } from '@/engine/templates';
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { EXERCISE_LIMITS } from '@/engine/exercise/exercise';
import { parseExercise } from '@/engine/exercise/parseExercise';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildExercise,
  draftOf,
  goalRow,
  newDraft,
  newExerciseId,
  type Draft,
} from './authorDraft';

const canvas = TEMPLATES.find((t) => t.id === 'containers')!.design;
const text = fc.string({ unit: 'binary', maxLength: 300 });

describe('an exercise made in the authoring dialog', () => {
  it('reads back exactly as it was made, whatever was typed', () => {
    const draft = fc.record({
      title: text,
      brief: text,
      start: fc.constantFrom('empty', 'canvas'),
      mode: fc.constantFrom('free', 'guided'),
      lockMode: fc.boolean(),
      hints: fc.boolean(),
      palette: fc.constantFrom('all', 'answer'),
      hint: text,
      answer: fc.constantFrom('canvas', 'none'),
      notes: text,
      minutes: fc.oneof(fc.constant(''), fc.integer({ min: -5, max: 700 }).map(String), text),
      learningGoals: fc.array(text, { maxLength: 15 }).map((l) => l.join('\n')),
    });
    fc.assert(
      fc.property(draft, ({ hint, ...d }) => {
        const made = buildExercise(
          {
            ...(d as Omit<Draft, 'goals'>),
            goals: [goalRow({ type: 'not-empty', hint }), goalRow({ type: 'apps', min: 2 })],
          },
          { id: 'mine', canvas },
        );
        const read = parseExercise(JSON.stringify(made));
        expect(read.ok && read.exercise).toEqual(made);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a built-in as it was when nothing is changed', () => {
    for (const e of BUILT_IN_EXERCISES)
      expect(buildExercise(draftOf(e), { id: e.id, canvas, original: e })).toEqual({
        ...e,
        // The editor always writes the mode it shows.
        mode: e.mode ?? 'free',
      });
  });

  it('locks Guided only in Guided mode, and leaves hints on unless switched off', () => {
    const base = newDraft(canvas, [{ type: 'no-errors' }]);
    const free = buildExercise({ ...base, lockMode: true }, { id: 'x', canvas });
    expect(free).not.toHaveProperty('lockMode');
    expect(free).not.toHaveProperty('hints');
    const guided = buildExercise(
      { ...base, mode: 'guided', lockMode: true, hints: false },
      { id: 'x', canvas },
    );
    expect(guided).toMatchObject({ mode: 'guided', lockMode: true, hints: false });
  });

  it('keeps no more goals, learning goals or minutes than the exercise reader accepts', () => {
    const many = Array.from({ length: EXERCISE_LIMITS.maxGoals + 5 }, () =>
      goalRow({ type: 'no-errors' }),
    );
    const made = buildExercise(
      {
        ...newDraft(canvas, []),
        goals: many,
        minutes: String(EXERCISE_LIMITS.maxMinutes + 1),
        learningGoals: Array.from({ length: 20 }, (_, i) => `Goal ${i}`).join('\n'),
      },
      { id: 'x', canvas },
    );
    expect(made.goals).toHaveLength(EXERCISE_LIMITS.maxGoals);
    expect(made.teacher?.minutes).toBeUndefined();
    expect(made.teacher?.learningGoals).toHaveLength(EXERCISE_LIMITS.maxLearningGoals);
  });

  it.each([
    ['Rebuild the figure!', 'k3f9', 'rebuild-the-figure-k3f9'],
    ['   ', 'a1', 'exercise-a1'],
    ['Übung: Container', 'zz', 'übung-container-zz'],
  ])('takes its id from the title: %j → %j', (title, stamp, id) => {
    expect(newExerciseId(title, stamp)).toBe(id);
  });
});
