import type { Exercise } from '@/engine';
import { gradesCsv, gradeSubmission, type GradeRow } from '@/engine/exercise/grade';
import { safeFileName } from '@/persist/documents';
import { strToU8, zipSync } from 'fflate';
import type { DashEntry } from './protocol';

/** One file name per student, made safe and unique ("Ana.stack-sandbox.json", "Ana-2…"). */
export function studentFiles(entries: ReadonlyMap<string, DashEntry>) {
  const used = new Set<string>();
  return [...entries]
    .sort(([, a], [, b]) => a.name.localeCompare(b.name))
    .map(([id, entry]) => {
      const base = safeFileName(entry.name, '', 'student');
      let file = `${base}.stack-sandbox.json`;
      for (let n = 2; used.has(file); n++) file = `${base}-${n}.stack-sandbox.json`;
      used.add(file);
      return { id, entry, file };
    });
}

/**
 * The class's grades, exactly as `npm run grade` would give them for the same designs handed
 * in as files: the same grader, the same columns. A student who has not changed anything yet
 * is listed as skipped.
 */
export function classGradesCsv(
  exercise: Exercise,
  entries: ReadonlyMap<string, DashEntry>,
): string {
  const rows: GradeRow[] = studentFiles(entries).map(({ entry, file }) =>
    entry.design === ''
      ? { file, ok: false, reason: 'Nothing built yet.' }
      : gradeSubmission(exercise, file, strToU8(entry.design)),
  );
  return gradesCsv(exercise, rows);
}

/** Every student's design as a file, in one zip (and the exercise, to grade them again later). */
export function classDesignsZip(
  exercise: Exercise,
  entries: ReadonlyMap<string, DashEntry>,
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'exercise.json': strToU8(JSON.stringify(exercise, null, 2)),
  };
  for (const { entry, file } of studentFiles(entries))
    if (entry.design !== '') files[`submissions/${file}`] = strToU8(entry.design);
  return zipSync(files);
}
