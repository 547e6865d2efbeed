import { evaluate } from '../evaluate';
import { loadDesign } from '../load/loadDesign';
import { cleanText, cutText, plainText } from '../parse/text';
import type { RuleId } from '../rules/ruleIds';
import { checkExercise } from './checkExercise';
import type { GoalResult } from './checkGoal';
import { describeGoal } from './describeGoal';
import type { Exercise } from './exercise';

/** One handed-in file the engine could read: each goal as the checklist sees it, and more. */
export type GradedFile = {
  readonly file: string;
  readonly ok: true;
  readonly design: string;
  /** The student's name, as the file records it (hand-ins from format version 2 on). */
  readonly author?: string;
  /** The id of the exercise the file was handed in for, as it records it. */
  readonly exercise?: string;
  /** Each goal of the exercise, in order: met or not, what the engine measured, and why. */
  readonly goals: readonly GoalResult[];
  readonly errors: number;
  readonly warnings: number;
  /** The rules behind its errors and warnings, each once, in the order the engine found them. */
  readonly problems: readonly RuleId[];
  /** Repairs the loader made (unknown blocks, bad hosts…): worth a look. */
  readonly repairs: number;
};

/** One handed-in file, graded, or the reason it was skipped. */
export type GradeRow =
  GradedFile | { readonly file: string; readonly ok: false; readonly reason: string };

/**
 * Whether a hand-in was made for the exercise being graded. A file made for another one (a
 * template or last week's design handed in instead) can meet half the goals by chance: its score
 * is flagged, never passed off as an answer. Files from before format version 2, or saved with
 * "Save as file" rather than handed in, record no exercise at all: that is said too, but it is
 * no sign of a mistake.
 */
export type MadeFor = 'this' | 'other' | 'unrecorded';

export function madeFor(exercise: Exercise, row: GradedFile): MadeFor {
  if (row.exercise === undefined) return 'unrecorded';
  return row.exercise === exercise.id ? 'this' : 'other';
}

/** How many goals a graded file meets. */
export const metCount = (row: GradedFile) => row.goals.filter((g) => g.met).length;

/** What a graded file is called in a class list when it records no name. */
export const NO_NAME = '(no name)';
/** What the "made for" column says when a file records no exercise. */
export const NOT_RECORDED = '(not recorded)';

/**
 * The one cleaner for every text the grader prints or writes: the engine's own text rules, so no
 * C0 or C1 control (a terminal escape: window title, clear screen, a fake "ALL PASS"), no
 * direction override, no broken character — then cut to `max` characters. Nothing from a file
 * reaches the teacher's terminal or spreadsheet without it.
 */
export const printable = (text: string, max = 200) => cleanText(text, max).text;

/**
 * The same cleaner for a sentence of the engine's own (a goal's "why") that isolates the names in
 * it (U+2068 … U+2069): the isolates are kept, anything else is cleaned, and an isolate cut off by
 * `max` is closed, so no name can reorder the rest of the line.
 */
export function printableSentence(text: string, max = 1000): string {
  const clean = text
    .split(/([\u2068\u2069])/)
    .map((part) => (part === '\u2068' || part === '\u2069' ? part : plainText(part)))
    .join('');
  const cut = cutText(clean, max);
  let open = 0;
  for (const c of cut) open = Math.max(0, open + (c === '\u2068' ? 1 : c === '\u2069' ? -1 : 0));
  return cut + '\u2069'.repeat(open);
}

/** A goal not met, as the grader reports it: what the engine measured, then why, in its words. */
export function whyNot(result: GoalResult): string {
  return result.why === undefined ? result.now : `${result.now} — ${result.why}`;
}

/** Grades one handed-in file (its bytes) with the same loader and engine the app uses. */
export function gradeSubmission(exercise: Exercise, file: string, bytes: Uint8Array): GradeRow {
  const read = loadDesign(bytes, 'file');
  if (!read.ok) return { file, ok: false, reason: read.error.message };
  const { design } = read;
  const report = evaluate(design);
  const progress = checkExercise(exercise, design, report);
  const problems = new Set<RuleId>();
  for (const d of report.diagnostics) if (d.severity !== 'info') problems.add(d.rule);
  return {
    file,
    ok: true,
    design: design.name,
    ...(design.author === undefined ? {} : { author: design.author }),
    ...(design.exercise === undefined ? {} : { exercise: design.exercise }),
    goals: progress.lines.map(({ met, now, why }) => ({ met, now, ...(why ? { why } : {}) })),
    errors: report.totals.errors,
    warnings: report.totals.warnings,
    problems: [...problems],
    repairs: read.warnings.length,
  };
}

const FOR_THIS_EXERCISE: Readonly<Record<MadeFor, string>> = {
  this: 'yes',
  other: 'no',
  unrecorded: 'not recorded',
};

/**
 * The grades as CSV, for a spreadsheet (RFC 4180 quoting; no cell starts a formula). Each cell is
 * a paragraph of its own there: names are cleaned (overrides removed), not wrapped in isolates.
 * `problems` lists the rules behind its errors and warnings, by id. Per goal: yes or no, then for
 * a goal not met what the engine measured and why. The last three
 * columns stay `met`, `of` and `skipped because` (the live class's download ends the same way).
 */
export function gradesCsv(exercise: Exercise, rows: readonly GradeRow[]): string {
  const cell = (text: string) => {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const header = [
    'file',
    'name',
    'made for',
    'for this exercise',
    'design',
    'errors',
    'warnings',
    'problems',
    ...exercise.goals.flatMap((g, i) => [`G${i + 1}: ${describeGoal(g)}`, `G${i + 1}: why not`]),
    'repairs on load',
    'met',
    'of',
    'skipped because',
  ];
  const lines = rows.map((r) =>
    r.ok
      ? [
          r.file,
          r.author ?? NO_NAME,
          r.exercise ?? NOT_RECORDED,
          FOR_THIS_EXERCISE[madeFor(exercise, r)],
          r.design,
          String(r.errors),
          String(r.warnings),
          r.problems.join(' '),
          ...r.goals.flatMap((g) => (g.met ? ['yes', ''] : ['no', whyNot(g)])),
          String(r.repairs),
          String(metCount(r)),
          String(r.goals.length),
          '',
        ]
      : [
          r.file,
          ...['', '', '', '', '', '', ''],
          ...exercise.goals.flatMap(() => ['', '']),
          '',
          '',
          '',
          r.reason,
        ],
  );
  return (
    [header, ...lines]
      .map((row) => row.map((c) => cell(printable(c, 1000))).join(','))
      .join('\r\n') + '\r\n'
  );
}
