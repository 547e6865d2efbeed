import { loadDesign } from '../load/loadDesign';
import { isolate } from '../parse/isolate';
import { cleanText } from '../parse/text';
import { checkExercise } from './checkExercise';
import { describeGoal } from './describeGoal';
import type { Exercise } from './exercise';

/** One handed-in file, graded: which goals it meets, or why it was skipped. */
export type GradeRow =
  | {
      readonly file: string;
      readonly ok: true;
      readonly design: string;
      readonly met: readonly boolean[];
      /** Repairs the loader made (unknown blocks, bad hosts…): worth a look. */
      readonly repairs: number;
    }
  | { readonly file: string; readonly ok: false; readonly reason: string };

/**
 * The one cleaner for every text the grader prints or writes: the engine's own text rules, so no
 * C0 or C1 control (a terminal escape: window title, clear screen, a fake "ALL PASS"), no
 * direction override, no broken character — then cut to `max` characters. Nothing from a file
 * reaches the teacher's terminal or spreadsheet without it.
 */
export const printable = (text: string, max = 200) => cleanText(text, max).text;

/** A piece of user text in a line of ours (a file or design name): cleaned and isolated. */
const named = (text: string, max: number) => isolate(printable(text, max));

/** How wide a cell looks: isolates take no room. */
const width = (text: string) => Array.from(text.replace(/[\u2066-\u2069]/g, '')).length;

/** Grades one handed-in file (its bytes) with the same loader and engine the app uses. */
export function gradeSubmission(exercise: Exercise, file: string, bytes: Uint8Array): GradeRow {
  const read = loadDesign(bytes, 'file');
  if (!read.ok) return { file, ok: false, reason: read.error.message };
  const progress = checkExercise(exercise, read.design);
  return {
    file,
    ok: true,
    design: read.design.name,
    met: progress.lines.map((l) => l.met),
    repairs: read.warnings.length,
  };
}

/** The table printed for the teacher: one row per file, ✔ or · per goal, then the score. */
export function gradesTable(exercise: Exercise, rows: readonly GradeRow[]): string {
  const goals = exercise.goals.map((_, i) => `G${i + 1}`);
  const header = ['File', ...goals, 'Score', 'Notes'];
  const body = rows.map((r) =>
    r.ok
      ? [
          named(r.file, 40),
          ...r.met.map((m) => (m ? '✔' : '·')),
          `${r.met.filter(Boolean).length}/${r.met.length}`,
          r.repairs > 0 ? `${r.repairs} repair${r.repairs === 1 ? '' : 's'} on load` : '',
        ]
      : [named(r.file, 40), ...goals.map(() => '-'), 'skipped', printable(r.reason, 90)],
  );
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => width(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - width(c)))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    line(widths.map((w) => '─'.repeat(w))),
    ...body.map(line),
    '',
    // App names in goals went through the same cleaner when the exercise was read, and are
    // isolated by describeGoal.
    ...exercise.goals.map((g, i) => `G${i + 1}: ${describeGoal(g)}`),
  ].join('\n');
}

/**
 * The same as CSV, for a spreadsheet (RFC 4180 quoting; no cell starts a formula). Each cell is
 * a paragraph of its own there: names are cleaned (overrides removed), not wrapped in isolates.
 */
export function gradesCsv(exercise: Exercise, rows: readonly GradeRow[]): string {
  const cell = (text: string) => {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const header = [
    'file',
    'design',
    ...exercise.goals.map(describeGoal),
    'met',
    'of',
    'skipped because',
  ];
  const lines = rows.map((r) =>
    r.ok
      ? [
          r.file,
          r.design,
          ...r.met.map((m) => (m ? 'yes' : 'no')),
          String(r.met.filter(Boolean).length),
          String(r.met.length),
          '',
        ]
      : [r.file, '', ...exercise.goals.map(() => ''), '', '', r.reason],
  );
  return (
    [header, ...lines]
      .map((row) => row.map((c) => cell(printable(c, 500))).join(','))
      .join('\r\n') + '\r\n'
  );
}
