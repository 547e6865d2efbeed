// Grades a class's handed-in designs against an exercise, with the same engine as the app:
//
//   npm run grade -- exercise.json submissions/ [--csv grades.csv]
//
// Prints a table of who met which goal and writes the same as CSV. A file that is broken, too
// big, hostile or not a design is reported and skipped; it never stops the run.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Exercise, type GradeRow } from '../src/engine';
import { gradeSubmission, gradesCsv, gradesTable, printable } from '../src/engine/exercise/grade';
import { parseExercise } from '../src/engine/exercise/parseExercise';
import { readCapped } from './readCapped';

/** More files than a class hands in: the rest are listed as skipped, not read. */
const MAX_FILES = 2000;

export type GradeRun =
  | { ok: true; exercise: Exercise; rows: GradeRow[]; table: string; csv: string }
  | { ok: false; message: string };

async function gradeFile(exercise: Exercise, dir: string, name: string): Promise<GradeRow> {
  if (!name.toLowerCase().endsWith('.json'))
    return { file: name, ok: false, reason: 'not a .json design file' };
  const read = await readCapped(join(dir, name), { followLinks: false, what: 'a design' });
  if (!read.ok) return { file: name, ok: false, reason: read.reason };
  return gradeSubmission(exercise, name, read.bytes);
}

/** Grades every file in `folder` (not its subfolders), in name order. */
export async function gradeFolder(exercisePath: string, folder: string): Promise<GradeRun> {
  // The exercise is read like a hand-in (a teacher may link to it; the target is what counts).
  const file = await readCapped(exercisePath, { followLinks: true, what: 'an exercise' });
  if (!file.ok)
    return { ok: false, message: `Cannot use the exercise file ${exercisePath}: ${file.reason}` };
  const read = parseExercise(file.bytes);
  if (!read.ok) return { ok: false, message: `${exercisePath}: ${read.error.message}` };
  const { exercise } = read;
  let names: string[];
  try {
    names = (await readdir(folder)).sort((a, b) => a.localeCompare(b));
  } catch {
    return { ok: false, message: `Cannot read the folder ${folder}.` };
  }
  const rows: GradeRow[] = [];
  for (const [i, name] of names.entries()) {
    if (i >= MAX_FILES) {
      rows.push({ file: name, ok: false, reason: `more than ${MAX_FILES} files; not read` });
      continue;
    }
    try {
      rows.push(await gradeFile(exercise, folder, name));
    } catch {
      rows.push({ file: name, ok: false, reason: 'could not be read' });
    }
  }
  return {
    ok: true,
    exercise,
    rows,
    table: gradesTable(exercise, rows),
    csv: gradesCsv(exercise, rows),
  };
}

async function main(argv: readonly string[]) {
  const args = [...argv];
  const csvAt = args.indexOf('--csv');
  const csvPath = csvAt >= 0 ? args.splice(csvAt, 2)[1] : 'grades.csv';
  const [exercisePath, folder] = args;
  if (!exercisePath || !folder || !csvPath) {
    console.error('Usage: npm run grade -- exercise.json submissions/ [--csv grades.csv]');
    return 2;
  }
  const run = await gradeFolder(exercisePath, folder);
  // Everything printed from here holds text from files: it goes through the one cleaner.
  if (!run.ok) {
    console.error(printable(run.message, 1000));
    return 2;
  }
  const graded = run.rows.filter((r) => r.ok).length;
  console.log(
    `${printable(run.exercise.title)}: ${graded} graded, ${run.rows.length - graded} skipped\n`,
  );
  console.log(run.table);
  await writeFile(csvPath, run.csv);
  console.log(`\nCSV written to ${printable(csvPath, 1000)}.`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
