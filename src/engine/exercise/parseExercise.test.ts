import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_EXERCISES } from './builtInExercises';
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
    ['a newer format', { ...valid, version: 2 }, 'newer-version'],
    ['no goals at all', withGoals([]), 'bad-goal'],
    ['a goal of a newer kind', withGoals([{ type: 'uses-gpu' }]), 'bad-goal'],
    ['an impossible value', withGoals([{ type: 'apps', min: -1 }]), 'bad-goal'],
    ['an unknown rule', withGoals([{ type: 'no-problem', rule: 'toString' }]), 'bad-goal'],
    ['a start that is not a design', { ...valid, start: 42 }, 'bad-start'],
    ['text that is not JSON', '{"format": "stack-sandbox-exercise"', 'not-json'],
  ] as const)('refuses %s, saying why', (_, input, code) => {
    const read = parseExercise(input);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.code).toBe(code);
      expect(read.error.message.length).toBeGreaterThan(10);
    }
  });

  it('keeps an author’s hint, cut to length, and drops palette variants it does not know', () => {
    const read = parseExercise({
      ...valid,
      palette: ['x86-server', 'no-such-thing', 'x86-server', '__proto__'],
      goals: [{ type: 'no-errors', hint: `Read Problems.${'!'.repeat(2000)}` }],
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.exercise.palette).toEqual(['x86-server']);
    expect(read.exercise.goals[0]?.hint?.length).toBe(500);
  });

  it('never throws, whatever it is given, and never lets __proto__ through', () => {
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
        ),
        (input) => {
          const read = parseExercise(input);
          expect(typeof read.ok).toBe('boolean');
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});
