import { isolate } from '../parse/isolate';
import type { Exercise } from './exercise';
import {
  madeFor,
  metCount,
  NO_NAME,
  NOT_RECORDED,
  printable,
  printableSentence,
  whyNot,
  type GradeRow,
} from './grade';

/** Widths past which a name wraps onto the next line (never cut: two names must not look alike). */
const WRAP = { file: 32, name: 24, exercise: 24, notes: 60 } as const;

/**
 * Splits text into lines of at most `max` characters, after a space, dash, underscore or dot when
 * one falls in the second half of the line. Nothing is dropped: the lines joined are the text.
 */
export function wrap(text: string, max: number): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  while (chars.length > max) {
    let cut = max;
    for (let i = max; i > max / 2; i--) {
      if (/[\s\-_.]/.test(chars[i - 1]!)) {
        cut = i;
        break;
      }
    }
    lines.push(chars.splice(0, cut).join(''));
  }
  lines.push(chars.join(''));
  return lines;
}

/** A name from a file, cleaned, wrapped, and each line isolated from the columns beside it. */
const named = (text: string, max: number) =>
  wrap(printable(text, 1000), max).map((l) => isolate(l));

/** A cell marked ⚠ on its first line (a hand-in made for another exercise). */
const flagged = (lines: string[], flag: boolean) =>
  flag ? lines.map((l, i) => (i === 0 ? `⚠ ${l}` : `  ${l}`)) : lines;

/** How wide a cell looks: isolates take no room. */
const width = (text: string) => Array.from(text.replace(/[\u2066-\u2069]/g, '')).length;

/** A cell: one or more lines. */
type Cell = readonly string[];

/**
 * The table printed for the teacher: one row per file — its name, the student's name, the
 * exercise it was made for, ✔ or · per goal, the score, its errors and warnings, and notes.
 * With `why`, each goal not met follows its row: what the engine measured and why, in the
 * checklist's own words.
 */
export function gradesTable(
  exercise: Exercise,
  rows: readonly GradeRow[],
  { why = false }: { why?: boolean } = {},
): string {
  const goals = exercise.goals.map((_, i) => `G${i + 1}`);
  const header = ['File', 'Name', 'Made for', ...goals, 'Score', 'Errors', 'Warnings', 'Notes'];
  const body: { cells: Cell[]; why: string[] }[] = rows.map((r) => {
    if (!r.ok)
      return {
        cells: [
          named(r.file, WRAP.file),
          [''],
          [''],
          ...goals.map(() => ['-']),
          ['skipped'],
          [''],
          [''],
          wrap(printable(r.reason, 200), WRAP.notes),
        ],
        why: [],
      };
    const made = madeFor(exercise, r);
    const notes = [
      // The exercise's id is in the column beside it: a note holds no text from the file.
      made === 'other' ? '⚠ made for another exercise' : '',
      r.repairs > 0 ? `${r.repairs} repair${r.repairs === 1 ? '' : 's'} on load` : '',
    ].filter(Boolean);
    return {
      cells: [
        named(r.file, WRAP.file),
        r.author === undefined ? [NO_NAME] : named(r.author, WRAP.name),
        r.exercise === undefined
          ? [NOT_RECORDED]
          : flagged(named(r.exercise, WRAP.exercise), made === 'other'),
        ...r.goals.map((g) => [g.met ? '✔' : '·']),
        [`${metCount(r)}/${r.goals.length}`],
        [String(r.errors)],
        [String(r.warnings)],
        notes.length > 0 ? notes : [''],
      ],
      why: why
        ? r.goals.flatMap((g, i) =>
            g.met ? [] : [`    G${i + 1} · ${printableSentence(whyNot(g))}`],
          )
        : [],
    };
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.flatMap((row) => (row.cells[i] ?? []).map(width))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - width(c)))
      .join('  ')
      .trimEnd();
  const lines = (cells: readonly Cell[]) => {
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, n) => line(cells.map((c) => c[n] ?? '')));
  };
  return [
    line(header),
    line(widths.map((w) => '─'.repeat(w))),
    ...body.flatMap((row) => [...lines(row.cells), ...row.why]),
  ].join('\n');
}
