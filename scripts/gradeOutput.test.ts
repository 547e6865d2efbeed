import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk } from '../tests/helpers/results';
import { csvName, gradeFolder, main } from './grade';

// What the grader writes and prints around the grades: names in full, and a CSV that never
// replaces a file. Fixtures in tests/fixtures/grading (see its README).
const FIXTURES = resolve('tests/fixtures/grading');
const EXERCISE = join(FIXTURES, 'exercise.json');
const STEM = 'networks-2024-spring-lab-2-container-figure-final-version-';

/** The first column of a printed table, line by line, as it looks (isolates take no room). */
function firstColumn(table: string): string[] {
  const [, rule = '', ...body] = table.split('\n');
  const width = rule.indexOf(' ');
  return body.map((line) =>
    Array.from(line.replace(/[\u2068\u2069]/g, ''))
      .slice(0, width)
      .join('')
      .trimEnd(),
  );
}

describe('names in the table', () => {
  it('never cuts two long file names so that their rows look the same', async () => {
    const run = expectOk(await gradeFolder(EXERCISE, join(FIXTURES, 'long-names')));
    const column = firstColumn(run.table);
    // Each name wraps over several lines, none dropped: read down the column, both names whole,
    // in name order ("lima" before "lins").
    expect(column.length).toBeGreaterThan(2);
    expect(column.join('')).toBe(`${STEM}ana-lima.json${STEM}ana-lins.json`);
    // The names (76 characters) wrap at 32: no line is wider.
    for (const line of column) expect(Array.from(line).length).toBeLessThanOrEqual(32);
  });
});

describe('the CSV file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'grade-csv-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** A copy of the folder holding last week's grades.csv, and the grader run with `flags`. */
  async function gradeNextTo(flags: (out: string) => string[]) {
    const out = await mkdtemp(join(dir, 'out-'));
    await cp(join(FIXTURES, 'existing-csv'), out, { recursive: true });
    const log: string[] = [];
    const io = { log: (t: string) => log.push(t), error: (t: string) => log.push(t) };
    const code = await main([EXERCISE, join(FIXTURES, 'class'), ...flags(out)], io);
    return { out, code, log: log.join('\n'), files: (await readdir(out)).sort() };
  }
  const LAST_WEEK = 'file,met\r\nlast-week.json,3\r\n';

  it('is written under a new name when grades.csv exists, and says so', async () => {
    const { out, code, log, files } = await gradeNextTo((o) => ['--csv', join(o, 'grades.csv')]);
    expect(code).toBe(0);
    expect(files).toEqual(['grades-2.csv', 'grades.csv']);
    expect(await readFile(join(out, 'grades.csv'), 'utf8')).toBe(LAST_WEEK);
    expect(await readFile(join(out, 'grades-2.csv'), 'utf8')).toMatch(/^file,name,made for,/);
    expect(log).toContain(
      `${join(out, 'grades.csv')} already exists and was left as it was: the CSV was written to ${join(out, 'grades-2.csv')}`,
    );
  });

  it('takes the next free name, and never writes through a link', async () => {
    const out = await mkdtemp(join(dir, 'out-'));
    await writeFile(join(out, 'grades.csv'), LAST_WEEK);
    await writeFile(join(out, 'grades-2.csv'), LAST_WEEK);
    await symlink(join(out, 'target.txt'), join(out, 'grades-3.csv'));
    const code = await main([EXERCISE, join(FIXTURES, 'class'), '--csv', join(out, 'grades.csv')], {
      log: () => {},
      error: () => {},
    });
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'grades-2.csv',
      'grades-3.csv',
      'grades-4.csv',
      'grades.csv',
    ]);
    expect(await readFile(join(out, 'grades-2.csv'), 'utf8')).toBe(LAST_WEEK);
  });

  it('writes over it only with --force', async () => {
    const { out, code, files } = await gradeNextTo((o) => [
      '--csv',
      join(o, 'grades.csv'),
      '--force',
    ]);
    expect(code).toBe(0);
    expect(files).toEqual(['grades.csv']);
    expect(await readFile(join(out, 'grades.csv'), 'utf8')).toMatch(/^file,name,made for,/);
  });

  it('names the next file after the one asked for', () => {
    expect(csvName('grades.csv', 1)).toBe('grades.csv');
    expect(csvName('grades.csv', 2)).toBe('grades-2.csv');
    expect(csvName('out/lab 2.csv', 3)).toBe(join('out', 'lab 2-3.csv'));
    expect(csvName('marks', 2)).toBe('marks-2');
  });

  // A real run of the script (tsx starts in seconds on a busy machine: a generous limit, no timing).
  it(
    'as run by npm run grade, by default grades.csv in the current folder, kept',
    { timeout: 60_000 },
    async () => {
      const out = await mkdtemp(join(dir, 'cli-'));
      await cp(join(FIXTURES, 'existing-csv'), out, { recursive: true });
      const cli = spawnSync(
        resolve('node_modules/.bin/tsx'),
        [resolve('scripts/grade.ts'), 'vm-figure', join(FIXTURES, 'class')],
        { cwd: out, encoding: 'utf8' },
      );
      expect(cli.status).toBe(0);
      expect(cli.stdout).toContain(
        'grades.csv already exists and was left as it was: the CSV was written to grades-2.csv',
      );
      expect(await readFile(join(out, 'grades.csv'), 'utf8')).toBe(LAST_WEEK);
    },
  );

  it('refuses unknown options and says how to run it', async () => {
    const log: string[] = [];
    const io = { log: (t: string) => log.push(t), error: (t: string) => log.push(t) };
    expect(await main([EXERCISE, join(FIXTURES, 'class'), '--overwrite'], io)).toBe(2);
    expect(log.join('\n')).toContain('Usage: npm run grade -- <exercise.json | built-in');
  });
});
