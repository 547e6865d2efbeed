import { evaluate, type Design, type Exercise, type Report, type RuleId } from '@/engine';
import { loadDesign } from '@/engine/load/loadDesign';
import { checkExercise, type ExerciseProgress } from '@/engine/exercise/checkExercise';
import type { DashEntry } from './protocol';

/** One student's work as the engine judges it: the same `evaluate` and goal checks as the app. */
export type StudentSummary = {
  readonly id: string;
  readonly entry: DashEntry;
  readonly design: Design | undefined;
  readonly report: Report | undefined;
  readonly progress: ExerciseProgress | undefined;
  readonly errors: number;
  readonly warnings: number;
  /** The rules this design breaks (errors and warnings), each once. */
  readonly broken: readonly RuleId[];
};

type Judged = Omit<StudentSummary, 'id' | 'entry'>;

// A class of 200 changes one design at a time: each design text is judged once, then reused.
const cache = new Map<string, { exercise: Exercise | undefined; judged: Judged }>();

function judge(text: string, exercise: Exercise | undefined): Judged {
  const hit = cache.get(text);
  if (hit && hit.exercise === exercise) return hit.judged;
  const read = text === '' ? undefined : loadDesign(text, 'other-tab');
  let judged: Judged;
  if (!read?.ok) {
    judged = {
      design: undefined,
      report: undefined,
      progress: undefined,
      errors: 0,
      warnings: 0,
      broken: [],
    };
  } else {
    const report = evaluate(read.design);
    const broken = [
      ...new Set(report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule)),
    ];
    judged = {
      design: read.design,
      report,
      progress: exercise ? checkExercise(exercise, read.design, report) : undefined,
      errors: report.totals.errors,
      warnings: report.totals.warnings,
      broken,
    };
  }
  if (cache.size > 2000) cache.delete(cache.keys().next().value as string);
  cache.set(text, { exercise, judged });
  return judged;
}

export function summarize(
  id: string,
  entry: DashEntry,
  exercise: Exercise | undefined,
): StudentSummary {
  return { id, entry, ...judge(entry.design, exercise) };
}

export type ClassSummary = {
  readonly students: number;
  /** Per goal of the exercise: how many students meet it now. */
  readonly goals: readonly { readonly text: string; readonly met: number }[];
  /** The rules most broken across the class now, most students first. */
  readonly rules: readonly { readonly rule: RuleId; readonly students: number }[];
  readonly hands: number;
  readonly complete: number;
};

/** The class at a glance: what most students have done, and what most of them misunderstand. */
export function summarizeClass(
  students: readonly StudentSummary[],
  exercise: Exercise | undefined,
): ClassSummary {
  const goals = (exercise?.goals ?? []).map((_, i) => ({
    text: students.find((s) => s.progress)?.progress?.lines[i]?.text ?? `Goal ${i + 1}`,
    met: students.filter((s) => s.progress?.lines[i]?.met).length,
  }));
  const counts = new Map<RuleId, number>();
  for (const s of students) for (const r of s.broken) counts.set(r, (counts.get(r) ?? 0) + 1);
  const rules = [...counts]
    .map(([rule, n]) => ({ rule, students: n }))
    .sort((a, b) => b.students - a.students || a.rule.localeCompare(b.rule));
  return {
    students: students.length,
    goals,
    rules,
    hands: students.filter((s) => s.entry.hand).length,
    complete: students.filter((s) => s.progress?.complete).length,
  };
}

export type SortBy = 'progress' | 'help' | 'name';

/** Orders the tiles: most goals met first; or who needs help first (a hand, then errors); or A–Z. */
export function sortStudents(students: readonly StudentSummary[], by: SortBy): StudentSummary[] {
  const name = (a: StudentSummary, b: StudentSummary) =>
    a.entry.name.localeCompare(b.entry.name, undefined, { sensitivity: 'base' });
  const met = (s: StudentSummary) => s.progress?.met ?? 0;
  const list = [...students];
  switch (by) {
    case 'progress':
      return list.sort((a, b) => met(b) - met(a) || name(a, b));
    case 'help':
      return list.sort(
        (a, b) =>
          Number(b.entry.hand) - Number(a.entry.hand) ||
          b.errors - a.errors ||
          met(a) - met(b) ||
          name(a, b),
      );
    case 'name':
      return list.sort(name);
  }
}
