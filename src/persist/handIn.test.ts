import { parseDesign, type Design } from '@/engine';
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { parseExercise } from '@/engine/exercise/parseExercise';
import { TEMPLATES } from '@/engine/templates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../tests/helpers/fakeStorage';
import {
  exerciseFile,
  fileNamePart,
  handInFile,
  handInFileName,
  rememberedName,
  rememberName,
} from './handIn';
import { safeStorage } from './safeStorage';

const vmFigure = BUILT_IN_EXERCISES.find((e) => e.id === 'vm-figure')!;
const containers = TEMPLATES.find((t) => t.id === 'containers')!.design;

describe('hand-in file names', () => {
  it.each([
    ['Ada Lovelace', 'vm-figure', 'ada-lovelace--vm-figure.stack-sandbox.json'],
    ['  Grace   HOPPER ', 'share-layers', 'grace-hopper--share-layers.stack-sandbox.json'],
    // Letters of every script stay; what a file system or a shell minds does not.
    ['Zoë Ørsted', 'vm-figure', 'zoë-ørsted--vm-figure.stack-sandbox.json'],
    ['李小龍', 'nested', '李小龍--nested.stack-sandbox.json'],
    ['../../etc/passwd', 'x/../y', 'etc-passwd--x-y.stack-sandbox.json'],
    ['O’Brien, Seán', 'fit-more', 'o-brien-seán--fit-more.stack-sandbox.json'],
    // Nothing usable: a plain word instead of an empty part.
    ['', 'vm-figure', 'student--vm-figure.stack-sandbox.json'],
    ['‮ ', '', 'student--exercise.stack-sandbox.json'],
  ])('%j for %j is %j', (author, exercise, name) => {
    expect(handInFileName(author, exercise)).toBe(name);
  });

  it('never hold a character outside letters, digits and dashes, and split back into two parts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const name = handInFileName(a, b);
        const stem = name.slice(0, -'.stack-sandbox.json'.length);
        expect(stem).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*--[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
        const [who, what] = stem.split('--');
        expect(who).toBe(fileNamePart(a, 'student'));
        expect(what).toBe(fileNamePart(b, 'exercise'));
        expect([...who!].length).toBeLessThanOrEqual(40);
      }),
    );
  });
});

describe('a hand-in file', () => {
  it('records who and which exercise, and reads back as the same design', () => {
    const file = handInFile(containers, '  Ada\u0000 Lovelace ', vmFigure);
    expect(file.fileName).toBe('ada-lovelace--vm-figure.stack-sandbox.json');
    const read = parseDesign(JSON.parse(file.text));
    expect(read.ok && read.design).toEqual<Design>({
      ...containers,
      author: 'Ada  Lovelace',
      exercise: 'vm-figure',
    });
  });
});

describe('the student’s name', () => {
  it('is remembered for the next hand-in, cleaned like the file keeps it', () => {
    const storage = safeStorage(() => new FakeStorage());
    expect(rememberedName(storage)).toBe('');
    expect(rememberName(storage, ' Ada Lovelace\n')).toBe(true);
    expect(rememberedName(storage)).toBe('Ada Lovelace');
  });

  it('is simply not remembered where storage is off or full', () => {
    const off = safeStorage(() => null);
    expect(rememberName(off, 'Ada')).toBe(false);
    expect(rememberedName(off)).toBe('');
    const full = safeStorage(() => new FakeStorage(0));
    expect(rememberName(full, 'Ada')).toBe(false);
  });
});

describe('exercise files', () => {
  it('for students leave out the answer key; the teacher’s keep it and say so', () => {
    const students = exerciseFile(vmFigure, 'students');
    const teacher = exerciseFile(vmFigure, 'teacher');
    expect(students.fileName).toBe('vm-figure.exercise.json');
    expect(teacher.fileName).toBe('vm-figure.answer-key.exercise.json');
    expect(students.text).not.toContain('"teacher"');
    const s = parseExercise(students.text);
    const t = parseExercise(teacher.text);
    expect(s.ok && s.exercise.teacher).toBeUndefined();
    expect(t.ok && t.exercise).toEqual(vmFigure);
  });
});
