import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type beforeHandleMessagePayload, type Extension } from '@hocuspocus/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { LIVE_LIMITS, LIVE_PATH, parseDocName } from '../src/live/protocol';
import { authorize, type Who } from './auth';
import { openClassStore, type ClassStore } from './classStore';
import { createClassRooms } from './classRooms';
import {
  checkStudentUpdate,
  rateLimiter,
  Refusal,
  REFUSED_DESIGN,
  TOO_FAST,
  updateIn,
} from './guard';
import { handleApi, type Creators } from './api';
import { runTeacherCommand } from './teacherCommands';

export type ClassServerOptions = {
  /** The SQLite file (or ':memory:'). */
  database: string;
  /** Share classes with other processes through this Redis (host and port). */
  redis?: { host: string; port: number } | undefined;
  maxStudents?: number;
  maxClasses?: number;
  /** Days a class's data is kept after it ends (and after its last activity if never ended). */
  retainDays?: number;
  now?: () => number;
};

export type Limits = { maxStudents: number; maxClasses: number; retainDays: number };

const AWARENESS = 1;
const BROADCAST_STATELESS = 6;

/** The message type of a provider message (after its document name). */
function messageType(message: Uint8Array): number {
  let i = 0;
  let len = 0;
  let shift = 0;
  // document name: a varint length, then the bytes
  for (;;) {
    const b = message[i++] ?? 0;
    len |= (b & 0x7f) << shift;
    shift += 7;
    if (b < 0x80) break;
  }
  return message[i + len] ?? -1;
}

/**
 * The class server: Hocuspocus with the class's rules (who may open what, the loader as judge,
 * rate limits), SQLite persistence, and Redis when several processes share classes. Mount its
 * `handleRequest` and `handleUpgrade` on any Node HTTP server (the dev server, the production
 * server, a test).
 */
export function createClassServer(options: ClassServerOptions) {
  const now = options.now ?? Date.now;
  const limits: Limits = {
    maxStudents: options.maxStudents ?? LIVE_LIMITS.studentsPerClass,
    maxClasses: options.maxClasses ?? LIVE_LIMITS.classesPerServer,
    retainDays: options.retainDays ?? LIVE_LIMITS.retainDays,
  };
  const store: ClassStore = openClassStore(options.database);
  const limiters = new WeakMap<object, () => boolean>();
  const creators: Creators = new Map();

  // Hooks whose work is done at once (better-sqlite3 answers synchronously; the checks are plain
  // code) are plain functions returning a settled promise, the type Hocuspocus asks for. Each is
  // called inside a promise chain, so a throw is still a rejection (a refusal), as from `async`.
  const extensions: Extension[] = [
    new Database({
      fetch: ({ documentName }) => Promise.resolve(store.getDoc(documentName) ?? null),
      store: ({ documentName, state }) => {
        const doc = parseDocName(documentName);
        // The dashboard is derived from the students' documents: rebuilt, never stored.
        if (doc && doc.kind !== 'dash' && store.getClass(doc.code))
          store.putDoc(documentName, doc.code, state, now());
        return Promise.resolve();
      },
    }),
  ];
  if (options.redis)
    extensions.push(new Redis({ host: options.redis.host, port: options.redis.port }));

  const hocuspocus = new Hocuspocus({
    name: `class-server-${process.pid}`,
    quiet: true,
    debounce: 500,
    maxDebounce: 2000,
    extensions,
    async onAuthenticate({ documentName, token, connectionConfig }) {
      const verdict = authorize(store, documentName, token, {
        now: now(),
        maxStudents: limits.maxStudents,
      });
      if (!verdict.ok) throw Object.assign(new Error(verdict.reason), { reason: verdict.reason });
      connectionConfig.readOnly = verdict.readOnly;
      if (verdict.joined) await rooms.joined(verdict.who.code, verdict.joined);
      return { who: verdict.who };
    },
    onLoadDocument({ documentName, document }) {
      rooms.loaded(documentName, document);
      return Promise.resolve();
    },
    beforeHandleMessage(payload) {
      checkMessage(payload);
      return Promise.resolve();
    },
    onChange({ documentName, document, context }) {
      const who = (context as { who?: Who } | undefined)?.who;
      if (who?.role === 'student') rooms.studentChanged(documentName, document, who);
      return Promise.resolve();
    },
    async onStateless({ connection, documentName, payload }) {
      await runTeacherCommand(rooms, connection, documentName, payload);
    },
  });

  /** Refuses (throws) a message its sender may not send now; a student's update is judged. */
  function checkMessage({
    connection,
    update: message,
    document,
    context,
  }: beforeHandleMessagePayload) {
    let allow = limiters.get(connection);
    if (!allow) {
      allow = rateLimiter(LIVE_LIMITS.messageBurst, LIVE_LIMITS.messagesPerSecond, now);
      limiters.set(connection, allow);
    }
    if (!allow()) throw new Refusal(TOO_FAST, 'Too many changes at once: slow down.');
    const type = messageType(message);
    // Nobody talks to the rest of the class behind the teacher's back.
    if (type === AWARENESS || type === BROADCAST_STATELESS)
      throw new Refusal(4403, 'Not allowed in a class.');
    const who = (context as { who?: Who }).who;
    if (who?.role !== 'student' || connection.readOnly) return;
    const update = updateIn(message);
    if (!update) return;
    if (store.getClass(who.code)?.ended_at != null)
      throw new Refusal(
        REFUSED_DESIGN,
        'This class has ended: your design is still yours, in My designs.',
      );
    checkStudentUpdate(document, update);
  }

  const rooms = createClassRooms(hocuspocus, store, now);
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  const sweep = setInterval(() => rooms.sweep(limits.retainDays), 60 * 60 * 1000);
  sweep.unref();
  rooms.sweep(limits.retainDays);

  return {
    hocuspocus,
    store,
    limits,
    /** Deletes the classes whose time is up (also runs every hour by itself). */
    sweep: () => rooms.sweep(limits.retainDays),
    /** Answers `/live/api/…`; false for any other path. */
    handleRequest(req: IncomingMessage, res: ServerResponse): boolean {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (!path.startsWith(`${LIVE_PATH}/api/`)) return false;
      void handleApi(req, res, path.slice(`${LIVE_PATH}/api/`.length), {
        store,
        limits,
        now,
        rooms,
        creators,
      });
      return true;
    },
    /** Takes a WebSocket upgrade to `/live`; false for any other path. */
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
      const path = (req.url ?? '').split('?')[0];
      if (path !== LIVE_PATH && path !== `${LIVE_PATH}/`) return false;
      wss.handleUpgrade(req, socket, head, (ws) => hocuspocus.handleConnection(ws, req));
      return true;
    },
    async close() {
      clearInterval(sweep);
      await rooms.close();
      hocuspocus.closeConnections();
      // Every document is stored as its last connection closes; wait for that (a few seconds at most).
      const until = Date.now() + 5000;
      while (hocuspocus.getDocumentsCount() > 0 && Date.now() < until)
        await new Promise((r) => setTimeout(r, 20));
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      wss.close();
      store.close();
    },
  };
}

export type ClassServer = ReturnType<typeof createClassServer>;
export type { Refusal };
