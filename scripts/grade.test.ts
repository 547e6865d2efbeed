import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../tests/helpers/csv';
import { expectOk, expectRefused } from '../tests/helpers/results';
import { gradeFolder } from './grade';

// The example class in examples/grading: good, wrong, broken and hostile hand-ins, plus (made
// here, not committed) a 6 MiB file, a link to a file outside the folder and a named pipe.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'grade-'));
  await cp('examples/grading', dir, { recursive: true });
  await writeFile(join(dir, 'submissions', 'huge.json'), '');
  await truncate(join(dir, 'submissions', 'huge.json'), 6 * 1024 * 1024);
  await symlink('/etc/passwd', join(dir, 'submissions', 'sneaky.json'));
  mkfifo(join(dir, 'submissions', 'pipe.json'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A named pipe: reading one blocks until someone writes, which here is never. */
function mkfifo(path: string) {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${String(made.stderr)}`);
}

/** Every C0 and C1 control but the line break, and every direction override or embedding. */
// eslint-disable-next-line no-control-regex
const HOSTILE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('npm run grade', () => {
  it('grades every hand-in with the engine, and reports and skips the rest', async () => {
    const run = expectOk(await gradeFolder(join(dir, 'exercise.json'), join(dir, 'submissions')));
    const byFile = Object.fromEntries(
      run.rows.map((r) => [r.file, r.ok ? r.goals.map((g) => (g.met ? 1 : 0)).join('') : r.reason]),
    );
    // The goals: G1 something built, G2 no errors, G3 no warnings either, G4 three apps, G5 all
    // in containers, G6 sharing saves 30 %, G7 under 2 GiB. Memory: Ubuntu 1024 MiB, Debian 512,
    // Docker 100 + 5 per container, a base image 15, a web app 50; VirtualBox 150 + 100 per VM,
    // an Ubuntu guest's VM 2048.
    expect(byFile).toEqual({
      // The container figure: 1024 + 100 + 2 × 15 + 3 × 55 = 1319 MiB; sharing 45 → 30 MiB, 33 %.
      'alice.json': '1111111',
      // The VM figure: legal, three apps, but in VMs, nothing shared, and
      // 1024 + 150 + 3 × (2048 + 100) = 7618 MiB.
      'bob.json': '1111000',
      'carol-cut-off.json': 'This is not a design: it is not valid JSON.',
      // Hostile keys and labels are neutralised by the loader; what is left is graded.
      'dave-hostile.json': '1111111',
      'erin-from-the-future.json': expect.stringContaining('newer Stack Sandbox') as string,
      'frank-notes.txt': 'not a .json design file',
      'gina-photo.json': 'This is not a design file: it is a PNG picture.',
      // Exercise 6's starting design: two apps, each on its own base image (nothing shared).
      'hana-wrong-exercise.json': '1110101',
      // 6 MiB exactly, in the same unit as the limit.
      'huge.json': 'This file is too large to be a design (6 MiB; the limit is 5 MiB).',
      // Alice's stack and a library block forgotten on the canvas: a warning.
      'ivan-leftover-block.json': '1101111',
      // App X built for arm64 on an x86 server: an error, and only two apps run.
      'jun-errors.json': '1000011',
      // An older file (format version 1): all three apps on one layer, on Debian.
      'lab2-final.json': '1111111',
      'pipe.json': 'not a file (a folder, a device or a pipe)',
      'sneaky.json': 'a link, not a file',
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('prints a table and writes a CSV no spreadsheet runs as a formula', async () => {
    const run = expectOk(await gradeFolder(join(dir, 'exercise.json'), join(dir, 'submissions')));
    expect(run.table).toMatch(
      /^File\s+Name\s+Made for\s+G1\s+G2\s+G3\s+G4\s+G5\s+G6\s+G7\s+Score\s+Errors\s+Warnings\s+Notes/,
    );
    expect(run.table).toContain('alice.json');
    expect(run.summary).toContain(
      'G6  5 of 7  Shared libraries save at least 30 % of library memory',
    );
    // No terminal escape reaches the screen.
    for (const text of [run.table, run.tableWhy, run.summary]) expect(text).not.toMatch(HOSTILE);
    const dave = readCsv(run.csv).find((r) => r.file === 'dave-hostile.json')!;
    // The CSV as written quotes a would-be formula; as read, it is text.
    expect(dave.design).toMatch(/^'=HYPERLINK\(/);
    expect(dave.name).toBe(`'=cmd|' /C calc'!A0 ]0;ALL PASS eviD`);
    expect(run.csv.replaceAll('\r\n', '\n')).not.toMatch(HOSTILE);
  });

  it('stops with a message when the exercise itself cannot be used', async () => {
    const bad = join(dir, 'submissions', 'alice.json');
    expect(await gradeFolder(bad, join(dir, 'submissions'))).toEqual({
      ok: false,
      message: `${bad}: This is not a Stack Sandbox exercise.`,
    });
    expect(await gradeFolder(join(dir, 'nope.json'), dir)).toMatchObject({ ok: false });
  });

  // Both used to run away: /dev/zero grew to gigabytes in memory, a pipe waited forever.
  it.each([
    ['a link to /dev/zero', (path: string) => symlink('/dev/zero', path)],
    ['a named pipe', (path: string) => Promise.resolve(mkfifo(path))],
    ['a folder', (path: string) => mkdir(path)],
  ])('refuses an exercise path that is %s, at once', async (_, make) => {
    const path = join(dir, `exercise-${Math.random().toString(36).slice(2)}.json`);
    await make(path);
    const run = expectRefused(await gradeFolder(path, join(dir, 'submissions')));
    expect(run.message).toBe(
      `Cannot use the exercise file ${path}: not a file (a folder, a device or a pipe)`,
    );
  });

  it('refuses an exercise file larger than a design can be, by the size of its target', async () => {
    const big = join(dir, 'big-exercise.json');
    await writeFile(big, '');
    await truncate(big, 5 * 1024 * 1024 + 1);
    const link = join(dir, 'linked-exercise.json');
    await symlink(big, link);
    expect(expectRefused(await gradeFolder(link, join(dir, 'submissions'))).message).toBe(
      `Cannot use the exercise file ${link}: This file is too large to be an exercise (5.1 MiB; the limit is 5 MiB).`,
    );
  });

  it('never prints a hostile exercise’s escapes or overrides: goal names, unknown goal types', async () => {
    const exercise = JSON.parse(await readFile(join(dir, 'exercise.json'), 'utf8')) as {
      title: string;
      goals: object[];
    };
    // CSI (U+009B) clears the screen; OSC sets the window title; U+202E turns the line around.
    const hostile = '\u009b2J\u001b]0;ALL STUDENTS PASS\u0007\u202eSSAP';
    exercise.title = `Lab${hostile}`;
    exercise.goals.push({ type: 'copies-fit', app: `App${hostile}`, min: 1 });
    const path = join(dir, 'hostile-exercise.json');
    await writeFile(path, JSON.stringify(exercise));
    const run = expectOk(await gradeFolder(path, join(dir, 'submissions')));
    expect(run.exercise.title).not.toMatch(HOSTILE);
    for (const text of [run.table, run.tableWhy, run.summary]) expect(text).not.toMatch(HOSTILE);
    expect(run.csv.replaceAll('\r\n', '\n')).not.toMatch(HOSTILE);
    // The app's name is printed, cleaned and isolated from the words around it.
    expect(run.summary).toContain(
      'G8  0 of 7  At least 1 more \u2068App 2J ]0;ALL STUDENTS PASS SSAP\u2069 fits',
    );

    exercise.goals.push({ type: `uses-gpu${hostile}` });
    await writeFile(path, JSON.stringify(exercise));
    const refused = expectRefused(await gradeFolder(path, join(dir, 'submissions')));
    expect(refused.message).not.toMatch(HOSTILE);
  });

  it('isolates file names in the table and neutralises overrides in the CSV', async () => {
    const folder = join(dir, 'bidi');
    await cp(join(dir, 'submissions', 'alice.json'), join(folder, 'alice\u202egnp.json'), {
      recursive: true,
    });
    const run = expectOk(await gradeFolder(join(dir, 'exercise.json'), folder));
    expect(run.table).toContain('\u2068alicegnp.json\u2069');
    expect(run.csv.replaceAll('\r\n', '\n')).not.toMatch(HOSTILE);
    expect(run.csv).toContain('alicegnp.json');
  });
});
