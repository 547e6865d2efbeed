import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_EXERCISES } from './builtInExercises';
import { arbitraryRawDesign } from '../../../tests/helpers/arbitraries';
import { expectOk, expectRefused } from '../../../tests/helpers/results';
import { describeGoal } from './describeGoal';
import { forStudents } from './exercise';
import { parseExercise } from './parseExercise';

const valid = BUILT_IN_EXERCISES[0]!;
const withGoals = (goals: unknown[]) => ({ ...valid, goals });

describe('parseExercise', () => {
  it.each([
    [
      'a design, not an exercise',
      { format: 'stack-sandbox', version: 1, blocks: [] },
      'not-an-exercise',
    ],
    ['a newer format', { ...valid, version: 3 }, 'newer-version'],
    ['a newer format, its version written as text', { ...valid, version: '3' }, 'newer-version'],
    ['a version that is no number at all', { ...valid, version: 'latest' }, 'bad-version'],
    ['no goals at all', withGoals([]), 'bad-goal'],
    ['a goal of a newer kind', withGoals([{ type: 'uses-gpu' }]), 'bad-goal'],
    ['an impossible value', withGoals([{ type: 'apps', min: -1 }]), 'bad-goal'],
    ['an unknown rule', withGoals([{ type: 'no-problem', rule: 'toString' }]), 'bad-goal'],
    ['a start that is not a design', { ...valid, start: 42 }, 'bad-start'],
    ['text that is not JSON', '{"format": "stack-sandbox-exercise"', 'not-json'],
  ] as const)('refuses %s, saying why', (_, input, code) => {
    const { error } = expectRefused(parseExercise(input));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('reads a version written as text ("1"), not as "made with a newer version"', () => {
    expect(expectOk(parseExercise({ ...valid, version: '1' })).exercise.goals).toEqual(valid.goals);
  });

  it('cleans app names and unknown goal kinds like any text: no terminal escapes, no overrides', () => {
    const hostile = '\u001b]0;pwned\u0007\u009b2J\u202eSSAP';
    const read = expectOk(
      parseExercise(withGoals([{ type: 'copies-fit', app: `Web${hostile}`, min: 1 }])),
    );
    // eslint-disable-next-line no-control-regex
    const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/;
    expect(describeGoal(read.exercise.goals[0]!)).not.toMatch(unsafe);
    const unknown = expectRefused(parseExercise(withGoals([{ type: `gpu${hostile}` }])));
    expect(unknown.error.message).not.toMatch(unsafe);
  });

  it('keeps an author’s hint, cut to length, and drops palette variants it does not know', () => {
    const { exercise } = expectOk(
      parseExercise({
        ...valid,
        palette: ['x86-server', 'no-such-thing', 'x86-server', '__proto__'],
        goals: [{ type: 'no-errors', hint: `Read Problems.${'!'.repeat(2000)}` }],
      }),
    );
    expect(exercise.palette).toEqual(['x86-server']);
    expect(exercise.goals[0]?.hint?.length).toBe(500);
  });

  it('never throws nor fails of its own accord, whatever it is given; never lets __proto__ through', () => {
    const goal = fc.record({
      type: fc.constantFrom('no-errors', 'apps', 'separate-kernels', '__proto__', 'constructor'),
      min: fc.oneof(fc.integer(), fc.double(), fc.string()),
      apps: fc.anything(),
      hint: fc.string({ unit: 'binary' }),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(goal, { maxLength: 5 }).map((goals) => ({ ...valid, goals })),
          fc.jsonValue().map((v) => JSON.stringify({ ...valid, goals: [v] })),
          // Real starting designs too: an exercise is mostly its design.
          arbitraryRawDesign(12).map((start) => ({ ...valid, start })),
        ),
        (input) => {
          const read = parseExercise(input);
          expect(read.ok || read.error.code).not.toBe('internal-error');
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('exercise format: version 1 → 2', () => {
  const v1 = JSON.parse(
    readFileSync(
      new URL('../../../tests/fixtures/formats/exercise-v1.json', import.meta.url),
      'utf8',
    ),
  ) as { version: number; start: { version: number } };

  it('reads a version 1 exercise, and its version 1 starting design, as the current versions', () => {
    expect(v1.version).toBe(1);
    expect(v1.start.version).toBe(1);
    const read = expectOk(parseExercise(v1));
    expect(read.exercise.version).toBe(2);
    expect(read.exercise.start.version).toBe(2);
    expect(read.exercise.teacher).toBeUndefined();
  });

  it('keeps the teacher’s part, and leaves it out of the copy for students', () => {
    const answer = { format: 'stack-sandbox', version: 2, name: 'Key', blocks: [] };
    const read = expectOk(
      parseExercise({
        ...v1,
        version: 2,
        teacher: {
          answer,
          notes: 'Ask about\nkernels',
          minutes: 15,
          learningGoals: ['Kernels', 7],
        },
      }),
    );
    expect(read.exercise.teacher).toEqual({
      answer: { format: 'stack-sandbox', version: 2, name: 'Key', blocks: [] },
      notes: 'Ask about\nkernels',
      minutes: 15,
      learningGoals: ['Kernels'],
    });
    expect(forStudents(read.exercise)).not.toHaveProperty('teacher');
  });
});
