import { describe, expect, it } from 'vitest';
import { RULE_IDS, type RuleId } from '../rules/ruleIds';
import { BUILT_IN_EXERCISES } from './builtInExercises';
import type { GradedFile, GradeRow } from './grade';
import { summaryText } from './gradeSummary';

const exercise = BUILT_IN_EXERCISES.find((e) => e.id === 'broken-stack')!;

/** A graded file, made by hand: goals met as given, with these problems. */
const file = (name: string, met: boolean[], problems: RuleId[] = []): GradedFile => ({
  file: name,
  ok: true,
  design: name,
  exercise: exercise.id,
  goals: met.map((m) => ({ met: m, now: '' })),
  errors: problems.length,
  warnings: 0,
  problems,
  repairs: 0,
});

describe('the class summary', () => {
  it('says so when no graded file has an error or a warning, and counts only graded files', () => {
    const rows: GradeRow[] = [
      file('a.json', [true, true]),
      file('b.json', [true, false]),
      { file: 'c.txt', ok: false, reason: 'not a .json design file' },
    ];
    // broken-stack's goals: no errors, at least 3 apps running.
    expect(summaryText(exercise, rows)).toBe(
      [
        'Goals, met by how many of the 2 files graded:',
        '  G1  2 of 2  No errors',
        '  G2  1 of 2  At least 3 apps running',
        '',
        'No errors or warnings in any graded file.',
      ].join('\n'),
    );
  });

  it('lists the eight most common problems, most files first, and counts the rest', () => {
    // Rule i (of the first ten) is in 10 − i files: 10, 9, … 1.
    const ten = RULE_IDS.slice(0, 10);
    const rows = Array.from({ length: 10 }, (_, n) =>
      file(`${n}.json`, [false, false], ten.slice(0, 10 - n)),
    );
    const lines = summaryText(exercise, rows).split('\n');
    const listed = lines.slice(
      lines.indexOf('Most common problems, by how many files have them:') + 1,
    );
    expect(
      listed.map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .slice(0, 2),
      ),
    ).toEqual([
      ...ten.slice(0, 8).map((rule, i) => [`${10 - i} files`, rule]),
      ["… and 2 more rules (see the CSV's problems column)"],
    ]);
  });
});
