// Handing work in, and exercise files: who made a design and for which exercise go into the file
// and its name, so a teacher's folder of hand-ins sorts and grades itself. Loaded on demand with
// the hand-in and teacher dialogs.
import {
  cleanText,
  cutText,
  DESIGN_LIMITS,
  serializeDesign,
  type Design,
  type Exercise,
} from '@/engine';
import { forStudents } from '@/engine/exercise/exercise';
import type { SafeStorage } from './safeStorage';

/** Where this browser remembers the student's name between hand-ins. */
export const STUDENT_NAME_KEY = 'stack-sandbox:student-name';

/** A name as the design format keeps it: one line by the engine's text rules, trimmed. */
export function cleanName(name: string): string {
  return cleanText(name, DESIGN_LIMITS.maxLabel).text.trim();
}

/** The name given at the last hand-in in this browser ('' when none, or storage is off). */
export function rememberedName(storage: SafeStorage): string {
  return cleanName(storage.get(STUDENT_NAME_KEY) ?? '');
}

/** Remembers the name for the next hand-in; false when storage refused (the hand-in still works). */
export function rememberName(storage: SafeStorage, name: string): boolean {
  return storage.set(STUDENT_NAME_KEY, cleanName(name)).ok;
}

/**
 * One part of a file name: letters and digits of any script in lower case, every other run of
 * characters one dash, never a dash at either end, at most 40 characters. So "Ada Lovelace" is
 * "ada-lovelace", and two parts joined by "--" can always be told apart again.
 */
export function fileNamePart(text: string, fallback: string): string {
  const part = cutText(
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+/, ''),
    40,
  ).replace(/-+$/, '');
  return part || fallback;
}

/** "ada-lovelace--vm-figure.stack-sandbox.json": the student, then the exercise. */
export function handInFileName(author: string, exerciseId: string): string {
  return `${fileNamePart(author, 'student')}--${fileNamePart(exerciseId, 'exercise')}.stack-sandbox.json`;
}

/** The student's design as a hand-in: the file records who made it and for which exercise. */
export function handInFile(design: Design, author: string, exercise: Exercise) {
  const name = cleanName(author);
  const id = cleanText(exercise.id, DESIGN_LIMITS.maxId).text.trim();
  const handedIn: Design = { ...design, ...(name ? { author: name } : {}), exercise: id };
  return { fileName: handInFileName(name, id), text: serializeDesign(handedIn), design: handedIn };
}

/** Who an exercise file is for: students get it without the teacher's part. */
export type Audience = 'students' | 'teacher';

/**
 * An exercise as a file. The students' copy leaves out the answer key and notes; the teacher's
 * keeps them, and says so in its name ("…answer-key.exercise.json"), so the two are not mixed up.
 */
export function exerciseFile(exercise: Exercise, audience: Audience) {
  const shared = audience === 'students' ? forStudents(exercise) : exercise;
  const base = fileNamePart(exercise.id, 'exercise');
  const keyed = audience === 'teacher' && shared.teacher !== undefined;
  return {
    fileName: `${base}${keyed ? '.answer-key' : ''}.exercise.json`,
    text: `${JSON.stringify(shared, null, 2)}\n`,
  };
}
