// Grades a class's handed-in designs against an exercise, with the same engine as the app:
//
//   npm run grade -- exercise.json submissions/ [--csv grades.csv]
//
// Prints a table of who met which goal and writes the same as CSV. A file that is broken, too
// big, hostile or not a design is reported and skipped; it never stops the run.
import { lstat, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOAD_LIMITS, type Exercise, type GradeRow } from '../src/engine';
import { gradeSubmission, gradesCsv, gradesTable } from '../src/engine/exercise/grade';
import { parseExercise } from '../src/engine/exercise/parseExercise';

/** More files than a class hands in: the rest are listed as skipped, not read. */
const MAX_FILES = 2000;

export type GradeRun =
  | { ok: true; exercise: Exercise; rows: GradeRow[]; table: string; csv: string }
  | { ok: false; message: string };

async function gradeFile(exercise: Exercise, dir: string, name: string): Promise<GradeRow> {
  const path = join(dir, name);
  const info = await lstat(path);
  if (info.isSymbolicLink()) return { file: name, ok: false, reason: 'a link, not a file' };
  if (!info.isFile()) return { file: name, ok: false, reason: 'not a file' };
  if (!name.toLowerCase().endsWith('.json'))
    return { file: name, ok: false, reason: 'not a .json design file' };
  // Checked before reading, so a huge file costs nothing.
  if (info.size > LOAD_LIMITS.maxFileBytes)
    return {
      file: name,
      ok: false,
      reason: `too large to be a design (${(info.size / 1e6).toFixed(1)} MB)`,
    };
  return gradeSubmission(exercise, name, new Uint8Array(await readFile(path)));
}

/** Grades every file in `folder` (not its subfolders), in name order. */
export async function gradeFolder(exercisePath: string, folder: string): Promise<GradeRun> {
  let exerciseBytes: Buffer;
  try {
    const info = await lstat(exercisePath);
    if (info.size > LOAD_LIMITS.maxFileBytes)
      return { ok: false, message: `${exercisePath} is too large to be an exercise.` };
    exerciseBytes = await readFile(exercisePath);
  } catch {
    return { ok: false, message: `Cannot read the exercise file ${exercisePath}.` };
  }
  const read = parseExercise(new Uint8Array(exerciseBytes));
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
  if (!run.ok) {
    console.error(run.message);
    return 2;
  }
  const graded = run.rows.filter((r) => r.ok).length;
  console.log(`${run.exercise.title}: ${graded} graded, ${run.rows.length - graded} skipped\n`);
  console.log(run.table);
  await writeFile(csvPath, run.csv);
  console.log(`\nCSV written to ${csvPath}.`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
