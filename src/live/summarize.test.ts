import { serializeDesign } from '@/engine';
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { describe, expect, it } from 'vitest';
import type { DashEntry } from './protocol';
import { sortStudents, summarize, summarizeClass } from './summarize';

const glibc = BUILT_IN_EXERCISES.find((e) => e.id === 'glibc-on-alpine')!;
const start = serializeDesign(glibc.start);
// The fix: the Cache on a Debian layer instead of Alpine (what a student who understood does).
const fixed = serializeDesign({
  ...glibc.start,
  blocks: glibc.start.blocks.map((b) =>
    b.id === 'alpine' ? { ...b, variant: 'debian-slim' as typeof b.variant } : b,
  ),
});
const entry = (name: string, design: string, hand = false): DashEntry => ({
  name,
  design,
  hand,
  at: 0,
});

describe('the class at a glance', () => {
  const students = [
    summarize('a', entry('Ana', fixed), glibc),
    summarize('b', entry('ben', start, true), glibc),
    summarize('c', entry('Cam', start), glibc),
    summarize('d', entry('Dee', ''), glibc),
  ];

  it('judges each design with the engine: goals met, warnings, the rules it breaks', () => {
    // The start breaks one rule (a glibc app on musl: a warning), so "no libc problem" is unmet;
    // "no errors" and "apps as containers" hold: 2 of 3. Fixed: 3 of 3.
    expect(students.map((s) => [s.progress?.met, s.errors, s.warnings, s.broken])).toEqual([
      [3, 0, 0, []],
      [2, 0, 1, ['libc-mismatch']],
      [2, 0, 1, ['libc-mismatch']],
      [undefined, 0, 0, []],
    ]);
  });

  it('counts, per goal, the students who meet it, and the most broken rules first', () => {
    const summary = summarizeClass(students, glibc);
    expect(summary.goals.map((g) => g.met)).toEqual([1, 3, 3]);
    expect(summary.rules).toEqual([{ rule: 'libc-mismatch', students: 2 }]);
    expect([summary.students, summary.hands, summary.complete]).toEqual([4, 1, 1]);
  });

  it('sorts by who needs help (a hand first), by progress, and by name (any case)', () => {
    const names = (by: Parameters<typeof sortStudents>[1]) =>
      sortStudents(students, by).map((s) => s.entry.name);
    expect(names('help')).toEqual(['ben', 'Dee', 'Cam', 'Ana']);
    expect(names('progress')).toEqual(['Ana', 'ben', 'Cam', 'Dee']);
    expect(names('name')).toEqual(['Ana', 'ben', 'Cam', 'Dee']);
  });
});
