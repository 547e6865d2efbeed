import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GradedFile, MadeFor } from '../src/engine/exercise/grade';
import { madeFor } from '../src/engine/exercise/grade';
import { BUILT_IN_EXERCISES } from '../src/engine/exercise/builtInExercises';
import { readCsv } from '../tests/helpers/csv';
import { expectOk, expectRefused } from '../tests/helpers/results';
import { gradeFolder, type GradeRun } from './grade';

// The fixture class in tests/fixtures/grading (see its README): one hand-in per case the grader
// must tell a teacher about, graded against exercise.json ("fixture-lab"), whose goals are
//   G1 something is built   G2 no errors   G3 no errors and no warnings
//   G4 at least 2 apps running   G5 every app runs in a container   G6 less than 2 GiB in all.
// Memory, from the catalog: Ubuntu 1024 MiB, Docker 100 + 5 per container, debian-slim 15,
// web app 50; VirtualBox 150 + 100 per VM, an Ubuntu guest's VM 2048.
const FIXTURES = 'tests/fixtures/grading';
const EXERCISE = join(FIXTURES, 'exercise.json');
const CLASS = join(FIXTURES, 'class');

/** A name the engine isolates in its sentences (U+2068 … U+2069). */
const iso = (name: string) => `\u2068${name}\u2069`;
/** The same sentence as a spreadsheet cell holds it: cleaned, without isolates. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

type Case = {
  file: string;
  author?: string;
  exercise?: string;
  madeFor: MadeFor;
  errors: number;
  warnings: number;
  /** The rules behind them, by id. */
  problems: string;
  /** ✔ as 1, · as 0, goal by goal. */
  met: string;
  /** For each goal not met (1-based): what the engine measured — and why. */
  whyNot: Record<number, string>;
};

/** The goals as the checklist states them (describeGoal), in the exercise's order. */
const GOALS = [
  'Something is built',
  'No errors',
  'No errors and no warnings',
  'At least 2 apps running',
  'Every app runs in a container',
  'Uses less than 2 GiB of memory in all',
];

const EXEC_FORMAT = `“${iso('Shop')}” (Web app) is built for arm64, but it would run on an x86_64 CPU. Started there it fails with "exec format error".`;

const CASES: Case[] = [
  {
    // Two apps in containers: 1024 + 100 + 15 + 2 × (50 + 5) = 1249 MiB < 2048. Everything met.
    file: 'ana-named.json',
    author: 'Ana Lima',
    exercise: 'fixture-lab',
    madeFor: 'this',
    errors: 0,
    warnings: 0,
    problems: '',
    met: '111111',
    whyNot: {},
  },
  {
    // The VM figure, handed in for this lab: three apps, no errors, but in VMs, and
    // 1024 + 150 + 3 × (2048 + 100) = 7618 MiB = 7.4 GiB, 7618 − 2048 = 5570 MiB = 5.4 GiB too much.
    // 4 of 6 by chance: flagged as made for another exercise.
    file: 'ben-wrong-exercise.json',
    author: 'Ben Okafor',
    exercise: 'vm-figure',
    madeFor: 'other',
    errors: 0,
    warnings: 0,
    problems: '',
    met: '111100',
    whyNot: {
      5: `0 of 3 — ${iso('App A')} runs as app in a virtual machine, not in a container.`,
      6: '7.4 GiB — The design uses 7.4 GiB of memory, 5.4 GiB too much. See the Costs panel for what takes the most.',
    },
  },
  {
    // Ana's stack and a debian-slim left lying on the canvas: one warning, nothing else.
    file: 'chloe-warnings.json',
    author: 'Chloé Dubois',
    exercise: 'fixture-lab',
    madeFor: 'this',
    errors: 0,
    warnings: 1,
    problems: 'not-installed',
    met: '110111',
    whyNot: {
      3: '1 warning — A warning is left: debian:bookworm-slim is not installed on anything, so it does not run. Every stack starts from a machine.',
    },
  },
  {
    // Ana's stack and a Shop built for arm64 on an x86 server: one error, and the Shop does not
    // run (so costs nothing: still 1249 MiB); two apps run, so G4 is met.
    file: 'dan-errors.json',
    author: 'Dan Wu',
    exercise: 'fixture-lab',
    madeFor: 'this',
    errors: 1,
    warnings: 0,
    problems: 'exec-format-error',
    met: '100101',
    whyNot: {
      2: `1 error — 1 error left. First: ${EXEC_FORMAT}`,
      3: `1 error — An error is left: ${EXEC_FORMAT}`,
      5: `2 of 3 — ${iso('Shop')} does not run yet: something below it is misplaced (see Problems).`,
    },
  },
  {
    // Format version 1: no name, no exercise. One app: 1 of 2.
    file: 'old-v1.json',
    madeFor: 'unrecorded',
    errors: 0,
    warnings: 0,
    problems: '',
    met: '111011',
    whyNot: { 4: '1 of 2 — Add 1 more app.' },
  },
];

const graded = (rows: readonly { file: string; ok: boolean }[], file: string) =>
  rows.find((r) => r.file === file) as GradedFile;

describe('the grader, over a fixture class', () => {
  let run: Extract<GradeRun, { ok: true }>;
  let csv: Record<string, string>[];
  let tableLines: string[];
  beforeAll(async () => {
    run = expectOk(await gradeFolder(EXERCISE, CLASS));
    csv = readCsv(run.csv);
    tableLines = run.tableWhy.split('\n');
  });

  it('grades every file in the folder, in name order', () => {
    expect(run.rows.map((r) => [r.file, r.ok])).toEqual(CASES.map((c) => [c.file, true]));
  });

  it.each(CASES)('$file: who, for what, which goals, and why not', (c) => {
    const row = graded(run.rows, c.file);
    expect(row.author).toBe(c.author);
    expect(row.exercise).toBe(c.exercise);
    expect(madeFor(run.exercise, row)).toBe(c.madeFor);
    expect([row.errors, row.warnings]).toEqual([c.errors, c.warnings]);
    expect(row.goals.map((g) => (g.met ? 1 : 0)).join('')).toBe(c.met);

    // The CSV: always the measured value and the reason for each goal not met.
    const record = csv.find((r) => r.file === c.file)!;
    expect(record).toMatchObject({
      name: c.author ?? '(no name)',
      'made for': c.exercise ?? '(not recorded)',
      'for this exercise': { this: 'yes', other: 'no', unrecorded: 'not recorded' }[c.madeFor],
      errors: String(c.errors),
      warnings: String(c.warnings),
      problems: c.problems,
      met: String([...c.met].filter((m) => m === '1').length),
      of: '6',
    });
    [...c.met].forEach((m, i) => {
      expect(record[`G${i + 1}: ${GOALS[i]}`]).toBe(m === '1' ? 'yes' : 'no');
      expect(record[`G${i + 1}: why not`]).toBe(plain(c.whyNot[i + 1] ?? ''));
    });

    // The table with --why: the row, then one line per goal not met, in the engine's words.
    const at = tableLines.findIndex((l) => l.startsWith(iso(c.file)));
    const cells = tableLines[at]!.split(/\s{2,}/);
    expect(cells.slice(1, 3)).toEqual([
      c.author ? iso(c.author) : '(no name)',
      c.exercise === undefined
        ? '(not recorded)'
        : `${c.madeFor === 'other' ? '⚠ ' : ''}${iso(c.exercise)}`,
    ]);
    const whys = Object.entries(c.whyNot).map(([g, why]) => `    G${g} · ${why}`);
    expect(tableLines.slice(at + 1, at + 1 + whys.length)).toEqual(whys);
    // …and nothing of it without --why.
    for (const why of whys) expect(run.table).not.toContain(why);
  });

  it('flags the score of a file made for another exercise, in the row and in the summary', () => {
    const ben = tableLines.find((l) => l.startsWith(iso('ben-wrong-exercise.json')))!;
    expect(ben).toMatch(/4\/6\s+0\s+0\s+⚠ made for another exercise$/);
    expect(run.summary).toContain(
      `⚠ Made for another exercise — its score is not for this one: ${iso('ben-wrong-exercise.json')} (${iso('vm-figure')})`,
    );
    expect(run.summary).toContain(
      `No exercise recorded (older files, or saved rather than handed in): ${iso('old-v1.json')}`,
    );
  });

  it('sums up the class: each goal, and the most common problems by rule', () => {
    // From the table above: G1 all five; G2 all but Dan; G3 neither Chloé nor Dan; G4 all but
    // the old file; G5 neither Ben nor Dan; G6 all but Ben.
    expect(run.summary.split('\n').slice(0, 11)).toEqual([
      'Goals, met by how many of the 5 files graded:',
      '  G1  5 of 5  Something is built',
      '  G2  4 of 5  No errors',
      '  G3  3 of 5  No errors and no warnings',
      '  G4  4 of 5  At least 2 apps running',
      '  G5  3 of 5  Every app runs in a container',
      '  G6  4 of 5  Uses less than 2 GiB of memory in all',
      '',
      'Most common problems, by how many files have them:',
      // One file each: in order of the rule's id. Titles as rules/ruleTitles.ts gives them.
      '  1 file  exec-format-error  Programs must be built for the CPU they run on',
      '  1 file  not-installed      A block is not installed on anything',
    ]);
  });
});

describe('grading against a built-in exercise by its id', () => {
  it('grades with the built-in’s goals, and flags the files made for something else', async () => {
    const run = expectOk(await gradeFolder('vm-figure', CLASS));
    expect(run.exercise.id).toBe('vm-figure');
    // vm-figure: no errors, 3 apps, all in VMs, 3 guest OSes, each app on its libraries, a type 2
    // hypervisor. Ben's VM figure meets all six and is made for it; Ana's two containers meet
    // only "no errors" and "every app on its libraries".
    const ben = graded(run.rows, 'ben-wrong-exercise.json');
    const ana = graded(run.rows, 'ana-named.json');
    expect([ben.goals.map((g) => (g.met ? 1 : 0)).join(''), madeFor(run.exercise, ben)]).toEqual([
      '111111',
      'this',
    ]);
    expect([ana.goals.map((g) => (g.met ? 1 : 0)).join(''), madeFor(run.exercise, ana)]).toEqual([
      '100010',
      'other',
    ]);
  });

  it('answers an unknown id with the ids it knows', async () => {
    const { message } = expectRefused(await gradeFolder('vm-figur', CLASS));
    expect(message).toMatch(/^There is no built-in exercise or exercise file called “vm-figur”\./);
    for (const { id } of BUILT_IN_EXERCISES) expect(message).toContain(id);
  });
});
