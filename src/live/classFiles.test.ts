import { serializeDesign } from '@/engine';
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { gradesCsv, gradeSubmission } from '@/engine/exercise/grade';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { classDesignsZip, classGradesCsv, studentFiles } from './classFiles';
import type { DashEntry } from './protocol';

const exercise = BUILT_IN_EXERCISES.find((e) => e.id === 'glibc-on-alpine')!;
const design = serializeDesign(exercise.start);
const entries = new Map<string, DashEntry>([
  ['1', { name: 'Zoë', design, hand: false, at: 0 }],
  ['2', { name: 'Ana', design, hand: false, at: 0 }],
  ['3', { name: 'Ana', design: '', hand: false, at: 0 }],
  ['4', { name: '=cmd|calc', design, hand: false, at: 0 }],
]);

describe('a class’s files', () => {
  it('one safe, unique file name per student, in the order of their names', () => {
    // "=cmd|calc" sorts first by its name; as a file name it can start no formula.
    expect(studentFiles(entries).map((f) => f.file)).toEqual([
      'cmd-calc.stack-sandbox.json',
      'Ana.stack-sandbox.json',
      'Ana-2.stack-sandbox.json',
      'Zoë.stack-sandbox.json',
    ]);
  });

  it('grades exactly as npm run grade would grade the same files', () => {
    const csv = classGradesCsv(exercise, entries);
    const bytes = new TextEncoder().encode(design);
    const expected = gradesCsv(exercise, [
      gradeSubmission(exercise, 'cmd-calc.stack-sandbox.json', bytes),
      gradeSubmission(exercise, 'Ana.stack-sandbox.json', bytes),
      { file: 'Ana-2.stack-sandbox.json', ok: false, reason: 'Nothing built yet.' },
      gradeSubmission(exercise, 'Zoë.stack-sandbox.json', bytes),
    ]);
    expect(csv).toBe(expected);
  });

  it('zips every design that was started, and the exercise to grade them again', () => {
    const files = unzipSync(classDesignsZip(exercise, entries));
    expect(Object.keys(files).sort()).toEqual([
      'exercise.json',
      'submissions/Ana.stack-sandbox.json',
      'submissions/Zoë.stack-sandbox.json',
      'submissions/cmd-calc.stack-sandbox.json',
    ]);
    expect(strFromU8(files['submissions/Ana.stack-sandbox.json']!)).toBe(design);
  });
});
