// Grades a class's handed-in designs against an exercise, with the same engine as the app:
//
//   npm run grade -- <exercise.json | built-in id> submissions/ [--why] [--csv grades.csv] [--force]
//
// Prints a table of who handed in what and which goals it meets, then a summary for the class,
// and writes the same as CSV (with, for every goal not met, what the engine measured and why). A
// file that is broken, too big, hostile or not a design is reported and skipped; it never stops
// the run. The CSV never writes over a file silently (see `writeCsv`).
import { lstat, readdir, writeFile } from 'node:fs/promises';
import { join, parse } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type Exercise, type GradeRow } from '../src/engine';
import { BUILT_IN_EXERCISES } from '../src/engine/exercise/builtInExercises';
import { gradeSubmission, gradesCsv, printable } from '../src/engine/exercise/grade';
import { summaryText } from '../src/engine/exercise/gradeSummary';
import { gradesTable } from '../src/engine/exercise/gradesTable';
import { parseExercise } from '../src/engine/exercise/parseExercise';
import { readCapped } from './readCapped';

/** More files than a class hands in: the rest are listed as skipped, not read. */
const MAX_FILES = 2000;
/** grades.csv, grades-2.csv … grades-1000.csv; past that, something else is wrong. */
const MAX_CSV_NAMES = 1000;

export const USAGE =
  'Usage: npm run grade -- <exercise.json | built-in exercise id> <submissions folder> [--why] [--csv grades.csv] [--force]';

export type GradeRun =
  | {
      ok: true;
      exercise: Exercise;
      rows: GradeRow[];
      table: string;
      /** The table with, under each row, every goal not met and why. */
      tableWhy: string;
      summary: string;
      csv: string;
    }
  | { ok: false; message: string };

type Found = { ok: true; exercise: Exercise } | { ok: false; message: string };

const knownIds = () => BUILT_IN_EXERCISES.map((e) => e.id).join(', ');

/**
 * The exercise to grade against: a built-in one by its id (`vm-figure`), or an exercise file.
 * Anything with a slash or ending in .json is a file; a bare word that is neither a built-in id
 * nor an existing file is answered with the list of ids.
 */
export async function findExercise(given: string): Promise<Found> {
  const builtIn = BUILT_IN_EXERCISES.find((e) => e.id === given);
  if (builtIn) return { ok: true, exercise: builtIn };
  const looksLikeFile = /[\\/]/.test(given) || /\.json$/i.test(given);
  if (!looksLikeFile && !(await exists(given)))
    return {
      ok: false,
      message: `There is no built-in exercise or exercise file called “${given}”. Built-in exercises: ${knownIds()}.`,
    };
  // The exercise is read like a hand-in (a teacher may link to it; the target is what counts).
  const file = await readCapped(given, { followLinks: true, what: 'an exercise' });
  if (!file.ok)
    return { ok: false, message: `Cannot use the exercise file ${given}: ${file.reason}` };
  const read = parseExercise(file.bytes);
  if (!read.ok) return { ok: false, message: `${given}: ${read.error.message}` };
  return { ok: true, exercise: read.exercise };
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

async function gradeFile(exercise: Exercise, dir: string, name: string): Promise<GradeRow> {
  if (!name.toLowerCase().endsWith('.json'))
    return { file: name, ok: false, reason: 'not a .json design file' };
  const read = await readCapped(join(dir, name), { followLinks: false, what: 'a design' });
  if (!read.ok) return { file: name, ok: false, reason: read.reason };
  return gradeSubmission(exercise, name, read.bytes);
}

/** Grades every file in `folder` (not its subfolders), in name order. Never throws. */
export async function gradeFolder(exerciseGiven: string, folder: string): Promise<GradeRun> {
  const found = await findExercise(exerciseGiven);
  if (!found.ok) return found;
  const { exercise } = found;
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
    tableWhy: gradesTable(exercise, rows, { why: true }),
    summary: summaryText(exercise, rows),
    csv: gradesCsv(exercise, rows),
  };
}

/** `grades.csv` → `grades-2.csv`: the n-th name tried for a CSV that must not write over one. */
export function csvName(path: string, n: number): string {
  if (n === 1) return path;
  const { dir, name, ext } = parse(path);
  return join(dir, `${name}-${n}${ext}`);
}

export type CsvWritten = { ok: true; path: string } | { ok: false; message: string };

/**
 * Writes the CSV without ever replacing a file silently: if `path` exists (a file, a link, a
 * folder), the first free name of grades-2.csv, grades-3.csv… is used instead, created
 * exclusively so that nothing written meanwhile is replaced either. `force` writes over `path`.
 */
export async function writeCsv(path: string, csv: string, force = false): Promise<CsvWritten> {
  for (let n = 1; n <= (force ? 1 : MAX_CSV_NAMES); n++) {
    const target = csvName(path, n);
    try {
      await writeFile(target, csv, { flag: force ? 'w' : 'wx' });
      return { ok: true, path: target };
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (!force && (code === 'EEXIST' || code === 'EISDIR')) continue;
      return { ok: false, message: `Cannot write the CSV to ${target} (${code ?? 'error'}).` };
    }
  }
  return {
    ok: false,
    message: `Cannot write the CSV: ${path} and the next ${MAX_CSV_NAMES - 1} names all exist. Name one with --csv.`,
  };
}

type Io = { log: (text: string) => void; error: (text: string) => void };

export async function main(argv: readonly string[], io: Io = console): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        csv: { type: 'string' },
        force: { type: 'boolean', default: false },
        why: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
  } catch (e) {
    io.error(`${printable(e instanceof Error ? e.message : String(e), 1000)}\n${USAGE}`);
    return 2;
  }
  const [exerciseGiven, folder, ...extra] = args.positionals;
  const csvPath = args.values.csv ?? 'grades.csv';
  if (!exerciseGiven || !folder || extra.length > 0 || csvPath === '') {
    io.error(USAGE);
    return 2;
  }
  const run = await gradeFolder(exerciseGiven, folder);
  // Everything printed from here holds text from files: it goes through the one cleaner.
  if (!run.ok) {
    io.error(printable(run.message, 2000));
    return 2;
  }
  const graded = run.rows.filter((r) => r.ok).length;
  io.log(
    `${printable(run.exercise.title)} (${printable(run.exercise.id)}): ${graded} graded, ${run.rows.length - graded} skipped\n`,
  );
  io.log(args.values.why ? run.tableWhy : run.table);
  io.log(`\n${run.summary}`);
  const written = await writeCsv(csvPath, run.csv, args.values.force);
  if (!written.ok) {
    io.error(`\n${printable(written.message, 2000)}`);
    return 1;
  }
  io.log(
    written.path === csvPath
      ? `\nCSV written to ${printable(csvPath, 1000)}.`
      : `\n${printable(csvPath, 1000)} already exists and was left as it was: the CSV was written to ${printable(written.path, 1000)} (--force writes over ${printable(csvPath, 1000)}).`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
