import { cp, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeFolder } from './grade';

// The example class in examples/grading: good, wrong, broken and hostile hand-ins, plus (made
// here, not committed) a 6 MB file and a link to a file outside the folder.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'grade-'));
  await cp('examples/grading', dir, { recursive: true });
  await writeFile(join(dir, 'submissions', 'huge.json'), '');
  await truncate(join(dir, 'submissions', 'huge.json'), 6 * 1024 * 1024);
  await symlink('/etc/passwd', join(dir, 'submissions', 'sneaky.json'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run grade', () => {
  it('grades every hand-in with the engine, and reports and skips the rest', async () => {
    const run = await gradeFolder(join(dir, 'exercise.json'), join(dir, 'submissions'));
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    const byFile = Object.fromEntries(
      run.rows.map((r) => [r.file, r.ok ? r.met.map((m) => (m ? 1 : 0)).join('') : r.reason]),
    );
    expect(byFile).toEqual({
      // The container figure: every goal met.
      'alice.json': '1111',
      // The VM figure: legal, three apps, but not in containers and nothing shared.
      'bob.json': '1100',
      'carol-cut-off.json': 'This is not a design: it is not valid JSON.',
      // Hostile keys and labels are neutralised by the loader; what is left is graded.
      'dave-hostile.json': '1111',
      'erin-from-the-future.json': expect.stringContaining('newer Stack Sandbox'),
      'frank-notes.txt': 'not a .json design file',
      'gina-photo.json': expect.stringContaining('not text'),
      'huge.json': 'too large to be a design (6.3 MB)',
      'sneaky.json': 'a link, not a file',
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('prints a table and writes a CSV no spreadsheet runs as a formula', async () => {
    const run = await gradeFolder(join(dir, 'exercise.json'), join(dir, 'submissions'));
    if (!run.ok) throw new Error(run.message);
    expect(run.table).toMatch(/^File\s+G1\s+G2\s+G3\s+G4\s+Score/);
    expect(run.table).toContain('alice.json');
    expect(run.table).toContain('G4: Shared libraries save at least 30 % of library memory');
    // No terminal escape reaches the screen.
    expect(run.table.includes('\u001b')).toBe(false);
    const dave = run.csv.split('\r\n').find((l) => l.startsWith('dave-hostile.json'))!;
    expect(dave).toContain(`"'=HYPERLINK(`);
  });

  it('stops with a message when the exercise itself cannot be used', async () => {
    const bad = join(dir, 'submissions', 'alice.json');
    expect(await gradeFolder(bad, join(dir, 'submissions'))).toEqual({
      ok: false,
      message: `${bad}: This is not a Stack Sandbox exercise.`,
    });
    expect(await gradeFolder(join(dir, 'nope.json'), dir)).toMatchObject({ ok: false });
  });
});
