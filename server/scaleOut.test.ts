import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { serializeDesign } from '../src/engine';
import { BUILT_IN_EXERCISES } from '../src/engine/exercise/builtInExercises';
import { TEMPLATES } from '../src/engine/templates';
import { BOARD, DASH, docName, WORK, type DashEntry, type Hint } from '../src/live/protocol';
import { connect, startClass, startClassServer, until } from './testing/nodeClient';
import { startRedis } from './testing/redis';

// Two class-server processes' worth of Hocuspocus behind one load balancer share a class through
// a real redis-server: the teacher on one, a student on the other, each sees the other's changes.

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

it('a student on one server and the teacher on the other see each other’s changes', async () => {
  const redis = await startRedis();
  cleanup.push(() => redis.stop());
  const dir = mkdtempSync(join(tmpdir(), 'class-scale-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const database = join(dir, 'classes.sqlite');
  const shared = { database, redis: { host: '127.0.0.1', port: redis.port } };
  const one = await startClassServer(shared);
  cleanup.push(() => one.stop());
  const two = await startClassServer(shared);
  cleanup.push(() => two.stop());

  const { code, teacherKey } = await startClass(one.url, BUILT_IN_EXERCISES[0]);
  const teacher = { role: 'teacher', key: teacherKey };
  const dash = connect(one.url, docName({ kind: 'dash', code }), teacher);
  const tBoard = connect(one.url, docName({ kind: 'board', code }), teacher);
  cleanup.push(
    () => dash.destroy(),
    () => tBoard.destroy(),
  );
  await Promise.all([dash.ready, tBoard.ready]);

  const s = { role: 'student', id: 'a'.repeat(16), key: 'student-key-0123456789', name: 'Ana' };
  const own = connect(two.url, docName({ kind: 'student', code, student: s.id }), s);
  const board = connect(two.url, docName({ kind: 'board', code }), s);
  cleanup.push(
    () => own.destroy(),
    () => board.destroy(),
  );
  await Promise.all([own.ready, board.ready]);

  // Student → teacher: the design written on server two reaches the dashboard on server one.
  const design = serializeDesign(TEMPLATES[1]!.design);
  own.doc.getMap(WORK.map).set('design', design);
  const entry = () => {
    const raw = dash.doc.getMap<string>(DASH.map).get(s.id);
    return raw ? (JSON.parse(raw) as DashEntry) : undefined;
  };
  await until(() => entry()?.design === design, 10_000, 'the design on the other server');
  expect(entry()!.name).toBe('Ana');

  // Teacher → student: pause and a hint sent to server one reach the student on server two.
  tBoard.provider.sendStateless(JSON.stringify({ type: 'pause' }));
  await until(() => board.doc.getMap(BOARD.map).get('paused') === true, 10_000, 'the pause');
  tBoard.provider.sendStateless(JSON.stringify({ type: 'hint', text: 'Hi Ana', to: s.id }));
  await until(() => own.doc.getArray<Hint>(WORK.hints).length === 1, 10_000, 'the hint');
  expect(own.doc.getArray<Hint>(WORK.hints).get(0).text).toBe('Hi Ana');
}, 60_000);
