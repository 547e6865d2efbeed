import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_EXERCISES } from '../src/engine/exercise/builtInExercises';
import { forStudents } from '../src/engine/exercise/exercise';
import { serializeDesign } from '../src/engine';
import { TEMPLATES } from '../src/engine/templates';
import {
  BOARD,
  DASH,
  docName,
  WORK,
  type DashEntry,
  type Hint,
  type ServerNotice,
} from '../src/live/protocol';
import {
  connect,
  startClass,
  startClassServer,
  until,
  type Client,
  type Running,
} from './testing/nodeClient';

const exercise = BUILT_IN_EXERCISES[0]!;
const design = serializeDesign(TEMPLATES[0]!.design);
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function server(opts: Parameters<typeof startClassServer>[0] = {}) {
  const s = await startClassServer(opts);
  cleanup.push(() => s.stop());
  return s;
}
function open(s: Running, name: string, token: object) {
  const c = connect(s.url, name, token);
  cleanup.push(() => c.destroy());
  return c;
}
const student = (n: number, name = `Student ${n}`) => ({
  role: 'student',
  id: n.toString(16).padStart(16, '0'),
  key: `key-of-student-${n}-0123456789`,
  name,
});
const dashEntries = (c: Client) =>
  Object.fromEntries(
    [...c.doc.getMap<string>(DASH.map).entries()].map(([k, v]) => [k, JSON.parse(v) as DashEntry]),
  );
const work = (c: Client) => c.doc.getMap(WORK.map);

async function classWithTeacher(opts: Parameters<typeof startClassServer>[0] = {}) {
  const s = await server(opts);
  const { code, teacherKey } = await startClass(s.url, exercise);
  const teacher = { role: 'teacher', key: teacherKey };
  const dash = open(s, docName({ kind: 'dash', code }), teacher);
  const board = open(s, docName({ kind: 'board', code }), teacher);
  await Promise.all([dash.ready, board.ready]);
  return { s, code, teacher, dash, board };
}

async function enrol(s: Running, code: string, n: number, name?: string) {
  const t = student(n, name);
  const own = open(s, docName({ kind: 'student', code, student: t.id }), t);
  const board = open(s, docName({ kind: 'board', code }), t);
  await Promise.all([own.ready, board.ready]);
  return { t, own, board };
}

describe('a live class on the class server', () => {
  it('a student joins, builds, and the teacher’s dashboard shows the design and the raised hand', async () => {
    const { s, code, dash } = await classWithTeacher();
    const { t, own, board } = await enrol(s, code, 1, '  Ana \u0000 María  ');
    expect(board.doc.getMap(BOARD.map).get('title')).toBe(exercise.title);
    // The exercise students get has no answer key, though the teacher's copy had one.
    expect(exercise.teacher?.answer).toBeDefined();
    expect(JSON.parse(board.doc.getMap<string>(BOARD.map).get('exercise')!)).toEqual(
      forStudents(exercise),
    );
    await until(() => dashEntries(dash)[t.id] !== undefined, 5000, 'the student on the dashboard');
    // Names are plain text on one line: the control character became a space, spaces collapsed.
    expect(dashEntries(dash)[t.id]!.name).toBe('Ana María');
    own.doc.transact(() => {
      work(own).set('design', design);
      work(own).set('hand', true);
    });
    await until(() => dashEntries(dash)[t.id]?.design === design, 5000, 'the design');
    expect(dashEntries(dash)[t.id]!.hand).toBe(true);
  });

  it('the teacher pauses, hints to all and to one, shows a design, and ends the class', async () => {
    const { s, code, board: tBoard, dash } = await classWithTeacher();
    const a = await enrol(s, code, 1);
    const b = await enrol(s, code, 2);
    a.own.doc.transact(() => work(a.own).set('design', design));
    await until(() => dashEntries(dash)[a.t.id]?.design === design);
    const send = (cmd: object) => tBoard.provider.sendStateless(JSON.stringify(cmd));

    send({ type: 'pause' });
    await until(() => b.board.doc.getMap(BOARD.map).get('paused') === true);
    send({ type: 'hint', text: 'Look at the kernel.' });
    await until(() => b.board.doc.getArray<Hint>(BOARD.hints).length === 1);
    send({ type: 'hint', text: 'Only for you', to: a.t.id });
    await until(() => a.own.doc.getArray<Hint>(WORK.hints).length === 1);
    expect(a.own.doc.getArray<Hint>(WORK.hints).get(0).text).toBe('Only for you');
    expect(b.own.doc.getArray<Hint>(WORK.hints).length).toBe(0);
    send({ type: 'show', student: a.t.id, names: false });
    await until(() => b.board.doc.getMap(BOARD.map).get('shown') !== '');
    const shown: unknown = JSON.parse(b.board.doc.getMap(BOARD.map).get('shown') as string);
    expect(shown).toEqual({ design, name: '' });

    send({ type: 'end' });
    await until(() => b.board.doc.getMap(BOARD.map).get('ended') === true);
    // After the end, the class's copy of a design takes no more changes.
    a.own.doc.transact(() => work(a.own).set('design', serializeDesign(TEMPLATES[1]!.design)));
    await until(() => a.own.closed.length > 0);
    expect(a.own.closed[0]!.reason).toMatch(/^This class has ended/);
    const late = await enrol(s, code, 9).catch((e: Error) => e.message);
    expect(late).toBe('This class has ended.');
    expect(dashEntries(dash)[a.t.id]!.design).toBe(design);
  });

  it('a co-teacher with the teacher link’s key: the same dashboard, and their commands count', async () => {
    const { s, code, teacher, dash, board } = await classWithTeacher();
    // The co-teacher link carries the class's teacher key: a second teacher, in another browser,
    // on connections of their own.
    const coDash = open(s, docName({ kind: 'dash', code }), teacher);
    const coBoard = open(s, docName({ kind: 'board', code }), teacher);
    await Promise.all([coDash.ready, coBoard.ready]);
    const { t, own, board: sBoard } = await enrol(s, code, 1, 'Ana');
    own.doc.transact(() => work(own).set('design', design));
    await until(
      () =>
        dashEntries(dash)[t.id]?.design === design && dashEntries(coDash)[t.id]?.design === design,
      5000,
      'the design on both dashboards',
    );
    const paused = (c: Client) => c.doc.getMap(BOARD.map).get('paused');
    // The co-teacher pauses; the student and the first teacher see it; the first teacher resumes.
    coBoard.provider.sendStateless(JSON.stringify({ type: 'pause' }));
    await until(() => paused(sBoard) === true && paused(board) === true, 5000, 'the pause');
    board.provider.sendStateless(JSON.stringify({ type: 'resume' }));
    await until(() => paused(sBoard) === false && paused(coBoard) === false, 5000, 'the resume');
    // A teacher key opens its own class only.
    const other = await startClass(s.url, exercise);
    await expect(
      open(s, docName({ kind: 'dash', code: other.code }), teacher).ready,
    ).rejects.toThrow('Wrong teacher key.');
  });
});

describe('what a student may not do is refused', () => {
  it('opening the dashboard, another student’s design, or the class with a wrong key', async () => {
    const { s, code } = await classWithTeacher();
    const a = await enrol(s, code, 1);
    await expect(open(s, docName({ kind: 'dash', code }), a.t).ready).rejects.toThrow(
      'Only the teacher sees the class.',
    );
    await expect(
      open(s, docName({ kind: 'student', code, student: student(2).id }), a.t).ready,
    ).rejects.toThrow('A student sees only their own design.');
    await expect(
      open(s, docName({ kind: 'dash', code }), { role: 'teacher', key: 'guess' }).ready,
    ).rejects.toThrow('Wrong teacher key.');
    // Somebody else claiming to be student 1 without their key.
    await expect(
      open(s, docName({ kind: 'student', code, student: a.t.id }), { ...a.t, key: 'x'.repeat(20) })
        .ready,
    ).rejects.toThrow('Not signed in to this class.');
    await expect(open(s, docName({ kind: 'board', code: 'AAAAAA' }), a.t).ready).rejects.toThrow(
      'There is no class with this code',
    );
  });

  it('teacher commands from a student: pause, hint, show, end, delete', async () => {
    const { s, code, board: tBoard } = await classWithTeacher();
    const a = await enrol(s, code, 1);
    for (const cmd of [
      { type: 'pause' },
      { type: 'hint', text: 'cheat' },
      { type: 'show', student: a.t.id, names: true },
      { type: 'end' },
      { type: 'delete' },
    ])
      a.board.provider.sendStateless(JSON.stringify(cmd));
    await until(() => a.board.stateless.length === 5);
    expect(a.board.stateless.map((p) => (JSON.parse(p) as ServerNotice).reason)).toEqual(
      Array(5).fill('Only the teacher can do that.'),
    );
    const map = tBoard.doc.getMap(BOARD.map);
    expect([map.get('paused'), map.get('ended'), map.get('shown')]).toEqual([false, false, '']);
    expect(tBoard.doc.getArray(BOARD.hints).length).toBe(0);
    expect(s.classes.store.getClass(code)).toBeDefined();
  });

  it('writing the board, a design the loader refuses, or a hint to oneself', async () => {
    const { s, code, board: tBoard, dash } = await classWithTeacher();
    const a = await enrol(s, code, 1);
    // The board is read-only for students: the change stays local.
    a.board.doc.getMap(BOARD.map).set('paused', true);
    a.own.doc.transact(() => work(a.own).set('design', design));
    await until(() => dashEntries(dash)[a.t.id]?.design === design);
    expect(tBoard.doc.getMap(BOARD.map).get('paused')).toBe(false);

    a.own.doc.transact(() => work(a.own).set('design', '{"format":"stack-sandbox","version":99}'));
    await until(() => a.own.closed.length > 0, 5000, 'the connection closed');
    expect(a.own.closed[0]!.reason).toMatch(/^The class server refused this design: .*newer/);
    expect(dashEntries(dash)[a.t.id]!.design).toBe(design);

    const b = await enrol(s, code, 2);
    b.own.doc.getArray<Hint>(WORK.hints).push([{ text: 'I am the teacher', at: 0 }]);
    await until(() => b.own.closed.length > 0);
    expect(b.own.closed[0]!.reason).toBe('Only the teacher sends hints.');
  });

  it('a class is full at its limit; a name that is only spaces is no name', async () => {
    const { s, code } = await classWithTeacher({ maxStudents: 2 });
    await enrol(s, code, 1);
    await expect(enrol(s, code, 2, ' \u200b ')).rejects.toThrow('Type your name to join.');
    await enrol(s, code, 2);
    await expect(enrol(s, code, 3)).rejects.toThrow('This class is full (2 students).');
  });

  it('a server runs at most MAX_CLASSES classes at once; a name is cut to 40 characters', async () => {
    const { s, code } = await classWithTeacher({ maxClasses: 1 });
    await expect(startClass(s.url, exercise)).rejects.toThrow(
      'start class: 503 {"error":"This class server already runs 1 classes: end one first."}',
    );
    const long = await enrol(s, code, 1, 'N'.repeat(41));
    expect(s.classes.store.getStudent(code, long.t.id)!.name).toBe('N'.repeat(40));
  });

  it('too many messages at once close the connection', async () => {
    const { s, code } = await classWithTeacher();
    const a = await enrol(s, code, 1);
    for (let i = 0; i < 200; i++)
      work(a.own).set('design', design.replace('"name"', `"x${i}": 1, "name"`));
    await until(() => a.own.closed.length > 0);
    expect(a.own.closed[0]!.reason).toBe('Too many changes at once: slow down.');
  });
});

describe('nothing is lost', () => {
  it('a restarted server has every student, design and board setting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const database = join(dir, 'classes.sqlite');
    const first = await startClassServer({ database });
    const { code, teacherKey } = await startClass(first.url, exercise);
    const t = student(1);
    const own = connect(first.url, docName({ kind: 'student', code, student: t.id }), t);
    await own.ready;
    own.doc.transact(() => work(own).set('design', design));
    const tBoard = connect(first.url, docName({ kind: 'board', code }), {
      role: 'teacher',
      key: teacherKey,
    });
    await tBoard.ready;
    tBoard.provider.sendStateless(JSON.stringify({ type: 'pause' }));
    await until(() => tBoard.doc.getMap(BOARD.map).get('paused') === true);
    await until(() => !own.provider.hasUnsyncedChanges);
    own.destroy();
    tBoard.destroy();
    await first.stop();

    const second = await server({ database });
    const dash = open(second, docName({ kind: 'dash', code }), {
      role: 'teacher',
      key: teacherKey,
    });
    const board = open(second, docName({ kind: 'board', code }), {
      role: 'teacher',
      key: teacherKey,
    });
    await Promise.all([dash.ready, board.ready]);
    expect(dashEntries(dash)[t.id]).toMatchObject({ name: 'Student 1', design });
    expect(board.doc.getMap(BOARD.map).get('paused')).toBe(true);
  });
});

describe('a class’s data is deleted', () => {
  it('RETAIN_DAYS after the class ends, and not a moment before', async () => {
    let t = Date.UTC(2026, 8, 1);
    const { s, code, board } = await classWithTeacher({ now: () => t, retainDays: 7 });
    await enrol(s, code, 1);
    board.provider.sendStateless(JSON.stringify({ type: 'end' }));
    await until(() => s.classes.store.getClass(code)?.ended_at === t);
    t += 7 * 24 * 3600 * 1000;
    s.classes.sweep();
    expect(s.classes.store.getClass(code)).toBeDefined();
    t += 1;
    s.classes.sweep();
    await until(() => s.classes.store.getClass(code) === undefined);
    expect(s.classes.store.students(code)).toEqual([]);
  });

  it('at once when the teacher asks: every document, every name', async () => {
    const { s, code, board } = await classWithTeacher();
    const a = await enrol(s, code, 1);
    a.own.doc.transact(() => work(a.own).set('design', design));
    await until(() => !a.own.provider.hasUnsyncedChanges);
    board.provider.sendStateless(JSON.stringify({ type: 'delete' }));
    await until(() => s.classes.store.getClass(code) === undefined);
    expect(s.classes.store.students(code)).toEqual([]);
    expect(s.classes.store.getDoc(docName({ kind: 'student', code, student: a.t.id }))).toBe(
      undefined,
    );
    await expect(enrol(s, code, 2)).rejects.toThrow('There is no class with this code');
  });
});
