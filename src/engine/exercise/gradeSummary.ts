import { isolate } from '../parse/isolate';
import type { RuleId } from '../rules/ruleIds';
import { RULE_TITLES } from '../rules/ruleTitles';
import { describeGoal } from './describeGoal';
import type { Exercise } from './exercise';
import { madeFor, printable, type GradedFile, type GradeRow } from './grade';

/** What a class's hand-ins say together: what to go over again in the next lesson. */
export type ClassSummary = {
  readonly graded: number;
  readonly skipped: number;
  /** Per goal, in order: how many graded files meet it. */
  readonly goals: readonly { readonly text: string; readonly met: number }[];
  /** Each rule behind an error or a warning, with how many files have it; the most common first. */
  readonly problems: readonly { readonly rule: RuleId; readonly files: number }[];
  /** Files made for another exercise. */
  readonly other: readonly GradedFile[];
  /** Files that record no exercise. */
  readonly unrecorded: readonly GradedFile[];
};

export function classSummary(exercise: Exercise, rows: readonly GradeRow[]): ClassSummary {
  const graded = rows.filter((r): r is GradedFile => r.ok);
  const byRule = new Map<RuleId, number>();
  for (const r of graded)
    for (const rule of r.problems) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  return {
    graded: graded.length,
    skipped: rows.length - graded.length,
    goals: exercise.goals.map((goal, i) => ({
      text: describeGoal(goal),
      met: graded.filter((r) => r.goals[i]?.met === true).length,
    })),
    problems: [...byRule]
      .map(([rule, files]) => ({ rule, files }))
      .sort((a, b) => b.files - a.files || a.rule.localeCompare(b.rule)),
    other: graded.filter((r) => madeFor(exercise, r) === 'other'),
    unrecorded: graded.filter((r) => madeFor(exercise, r) === 'unrecorded'),
  };
}

/** How many problems the printed summary lists; the rest are counted. */
export const SUMMARY_PROBLEMS = 8;

const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
const fileName = (r: GradedFile) => isolate(printable(r.file, 1000));

/** Columns of plain text, left-aligned, two spaces apart, indented. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd());
}

/**
 * The summary printed after the table: how many files met each goal, the most common problems
 * by rule (with the rule's title, as the goal picker lists them), and the files made for another
 * exercise or recording none.
 */
export function summaryText(exercise: Exercise, rows: readonly GradeRow[]): string {
  const s = classSummary(exercise, rows);
  const out = [
    `Goals, met by how many of the ${files(s.graded)} graded:`,
    ...columns(s.goals.map((g, i) => [`G${i + 1}`, `${g.met} of ${s.graded}`, g.text])),
    '',
  ];
  if (s.problems.length === 0) out.push('No errors or warnings in any graded file.');
  else {
    const shown = s.problems.slice(0, SUMMARY_PROBLEMS);
    out.push(
      'Most common problems, by how many files have them:',
      ...columns(shown.map((p) => [files(p.files), p.rule, RULE_TITLES[p.rule]])),
    );
    const more = s.problems.length - shown.length;
    if (more > 0)
      out.push(`  … and ${more} more rule${more === 1 ? '' : 's'} (see the CSV's problems column)`);
  }
  if (s.other.length > 0)
    out.push(
      '',
      `⚠ Made for another exercise — ${s.other.length === 1 ? 'its score is' : 'their scores are'} not for this one: ${s.other
        .map((r) => `${fileName(r)} (${isolate(printable(r.exercise ?? ''))})`)
        .join(', ')}`,
    );
  if (s.unrecorded.length > 0)
    out.push(
      '',
      `No exercise recorded (older files, or saved rather than handed in): ${s.unrecorded.map(fileName).join(', ')}`,
    );
  return out.join('\n');
}
