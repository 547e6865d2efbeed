import type { IncomingMessage, ServerResponse } from 'node:http';
import { forStudents } from '../src/engine/exercise/exercise';
import { parseExercise } from '../src/engine/exercise/parseExercise';
import type { ClassInfo } from '../src/live/protocol';
import { normalizeCode } from '../src/live/protocol';
import { hashKey, newCode, newKey } from './auth';
import type { ClassStore } from './classStore';
import type { ClassRooms } from './classRooms';
import type { Limits } from './classServer';
import { rateLimiter } from './guard';

const MAX_BODY = 1024 * 1024;

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

/** New classes per address: a teacher starts a few a day; a script starting thousands is refused. */
export type Creators = Map<string, () => boolean>;

/**
 * The class server's small HTTP API, under /live/api:
 * - GET  health            → { ok: true }: the app's menus know a class server is there;
 * - POST classes {exercise} → { code, teacherKey }: the key is shown once, kept only as a hash;
 * - GET  classes/CODE      → the class's title and whether it has ended (for the join screen).
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  ctx: {
    store: ClassStore;
    limits: Limits;
    now: () => number;
    rooms: ClassRooms;
    creators: Creators;
  },
) {
  const { store, limits, now, creators } = ctx;
  if (req.method === 'GET' && path === 'health') return send(res, 200, { ok: true });
  const info = /^classes\/([A-Za-z0-9-]+)$/.exec(path);
  if (req.method === 'GET' && info) {
    const code = normalizeCode(info[1]!);
    const cls = code ? store.getClass(code) : undefined;
    if (!cls) return send(res, 404, { error: 'There is no class with this code.' });
    const body: ClassInfo = { code: cls.code, title: cls.title, ended: cls.ended_at !== null };
    return send(res, 200, body);
  }
  if (req.method === 'POST' && path === 'classes') {
    const ip = req.socket.remoteAddress ?? '';
    let allow = creators.get(ip);
    if (!allow) {
      allow = rateLimiter(10, 10 / 60, now);
      creators.set(ip, allow);
    }
    if (!allow()) return send(res, 429, { error: 'Too many classes started: wait a minute.' });
    if (store.activeClasses() >= limits.maxClasses)
      return send(res, 503, {
        error: `This class server already runs ${limits.maxClasses} classes: end one first.`,
      });
    const text = await readBody(req);
    if (text === undefined) return send(res, 413, { error: 'This exercise is too large.' });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return send(res, 400, { error: 'Not JSON.' });
    }
    const read = parseExercise((body as { exercise?: unknown } | null)?.exercise);
    if (!read.ok) return send(res, 400, { error: read.error.message });
    const teacherKey = newKey();
    for (let tries = 0; tries < 20; tries++) {
      const code = newCode();
      if (store.getClass(code)) continue;
      const t = now();
      store.addClass({
        code,
        teacher_hash: hashKey(teacherKey),
        // Students read the class's exercise: the teacher's part (the answer key) stays out.
        exercise: JSON.stringify(forStudents(read.exercise)),
        title: read.exercise.title,
        created_at: t,
        last_active: t,
      });
      return send(res, 201, { code, teacherKey, title: read.exercise.title });
    }
    return send(res, 503, { error: 'No free class code: try again.' });
  }
  return send(res, 404, { error: 'Not found.' });
}
