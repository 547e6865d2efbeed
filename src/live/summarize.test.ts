import { evaluate, serializeDesign, type Design } from '@/engine';
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { checkExercise } from '@/engine/exercise/checkExercise';
import { TEMPLATES } from '@/engine/templates';
import { describe, expect, it } from 'vitest';
import type { DashEntry } from './protocol';
import { sortStudents, summarize, summarizeClass, type StudentSummary } from './summarize';

const glibc = BUILT_IN_EXERCISES.find((e) => e.id === 'glibc-on-alpine')!;
const entry = (name: string, design: string, hand = false): DashEntry => ({
  name,
  design,
  hand,
  at: 0,
});

describe('each student, judged by the engine', () => {
  it('the dashboard says exactly what the student’s own checklist and Problems say', () => {
    for (const design of [glibc.start, ...TEMPLATES.map((t) => t.design)] as Design[]) {
      const s = summarize('x', entry('Ana', serializeDesign(design)), glibc);
      const report = evaluate(design);
      const progress = checkExercise(glibc, design, report);
      expect([s.progress?.met, s.progress?.total, s.errors, s.warnings]).toEqual([
        progress.met,
        progress.total,
        report.totals.errors,
        report.totals.warnings,
      ]);
      const rules = report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule);
      expect([...s.broken].sort()).toEqual([...new Set(rules)].sort());
    }
  });

  it('a student who has not changed anything yet has no design and no verdict', () => {
    const s = summarize('x', entry('Dee', ''), glibc);
    expect([s.design, s.progress, s.errors, s.warnings, s.broken]).toEqual([
      undefined,
      undefined,
      0,
      0,
      [],
    ]);
  });
});

// The class-wide view, on summaries made by hand: what is counted and how tiles are ordered.
const made = (
  name: string,
  met: readonly boolean[],
  errors: number,
  broken: readonly string[],
  hand = false,
): StudentSummary =>
  ({
    id: name,
    entry: entry(name, 'x', hand),
    design: undefined,
    report: undefined,
    progress: {
      lines: met.map((m, i) => ({ met: m, text: `Goal ${i + 1}`, now: '', hint: '', goal: {} })),
      met: met.filter(Boolean).length,
      total: met.length,
      complete: met.every(Boolean),
    },
    errors,
    warnings: 0,
    broken,
  }) as unknown as StudentSummary;

describe('the class at a glance', () => {
  const exercise = { ...glibc, goals: glibc.goals.slice(0, 3) };
  const students = [
    made('Ana', [true, true, true], 0, []),
    made('ben', [false, true, false], 1, ['libc-mismatch', 'arch-mismatch'], true),
    made('Cam', [false, true, true], 0, ['libc-mismatch']),
    made('Dee', [false, false, false], 2, ['arch-mismatch', 'libc-mismatch']),
  ];

  it('counts, per goal, the students who meet it, and the most broken rules first', () => {
    const summary = summarizeClass(students, exercise);
    expect(summary.goals.map((g) => [g.text, g.met])).toEqual([
      ['Goal 1', 1],
      ['Goal 2', 3],
      ['Goal 3', 2],
    ]);
    // 3 students break libc-mismatch, 2 arch-mismatch.
    expect(summary.rules).toEqual([
      { rule: 'libc-mismatch', students: 3 },
      { rule: 'arch-mismatch', students: 2 },
    ]);
    expect([summary.students, summary.hands, summary.complete]).toEqual([4, 1, 1]);
  });

  it('sorts by who needs help (a hand, then most errors, then fewest goals), by progress, by name', () => {
    const names = (by: Parameters<typeof sortStudents>[1]) =>
      sortStudents(students, by).map((s) => s.entry.name);
    expect(names('help')).toEqual(['ben', 'Dee', 'Cam', 'Ana']);
    expect(names('progress')).toEqual(['Ana', 'Cam', 'ben', 'Dee']);
    expect(names('name')).toEqual(['Ana', 'ben', 'Cam', 'Dee']);
  });
});
