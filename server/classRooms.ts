import type { DirectConnection, Document, Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import {
  BOARD,
  DASH,
  docName,
  parseDocName,
  WORK,
  type BoardValue,
  type DashEntry,
  type Hint,
} from '../src/live/protocol';
import type { Who } from './auth';
import type { ClassStore } from './classStore';
import { readWork } from './guard';

const DAY = 24 * 60 * 60 * 1000;

/**
 * What the server itself writes in a class: the board (exercise, pause, hints to all, the design
 * on show) and the dashboard (each student's name, accepted design and hand). The dashboard is
 * derived: rebuilt from the stored students' documents when it loads, updated on every accepted
 * change, and never stored.
 */
export function createClassRooms(hocuspocus: Hocuspocus, store: ClassStore, now: () => number) {
  type Dash = { conn: DirectConnection; doc: Y.Doc | undefined };
  const dashes = new Map<string, Promise<Dash>>();
  const lastTouch = new Map<string, number>();

  /** The class's dashboard, kept open while the server runs (a document that is never stored). */
  function dash(code: string): Promise<Dash> {
    let open = dashes.get(code);
    if (!open) {
      const name = docName({ kind: 'dash', code });
      open = hocuspocus
        .openDirectConnection(name, { server: true })
        .then((conn) => ({ conn, doc: hocuspocus.documents.get(name) }));
      dashes.set(code, open);
    }
    return open;
  }

  function setEntry(doc: Y.Doc, id: string, entry: DashEntry) {
    doc.transact(() => doc.getMap<string>(DASH.map).set(id, JSON.stringify(entry)));
  }

  function seedBoard(code: string, doc: Y.Doc) {
    const cls = store.getClass(code);
    const board = doc.getMap<BoardValue>(BOARD.map);
    if (!cls || board.has('exercise')) return;
    doc.transact(() => {
      board.set('exercise', cls.exercise);
      board.set('title', cls.title);
      board.set('paused', false);
      board.set('ended', cls.ended_at !== null);
      board.set('shown', '');
    });
  }

  function rebuildDash(code: string, doc: Y.Doc) {
    const map = doc.getMap<string>(DASH.map);
    doc.transact(() => {
      for (const s of store.students(code)) {
        const state = store.getDoc(docName({ kind: 'student', code, student: s.id }));
        let entry: DashEntry = { name: s.name, design: '', hand: false, at: s.joined_at };
        if (state) {
          const work = new Y.Doc();
          Y.applyUpdate(work, state);
          const read = readWork(work);
          if (read.ok) entry = { ...entry, design: read.text, hand: read.hand };
          work.destroy();
        }
        if (!map.has(s.id)) map.set(s.id, JSON.stringify(entry));
      }
    });
  }

  /** Writes to a document through a short-lived server connection (stored at once). */
  async function writeTo(name: string, change: (doc: Y.Doc) => void) {
    const conn = await hocuspocus.openDirectConnection(name, { server: true });
    try {
      await conn.transact((doc) => change(doc));
    } finally {
      await conn.disconnect();
    }
  }

  return {
    loaded(name: string, document: Document) {
      const doc = parseDocName(name);
      if (doc?.kind === 'board') seedBoard(doc.code, document);
      if (doc?.kind === 'dash') rebuildDash(doc.code, document);
    },

    async joined(code: string, student: { id: string; name: string }) {
      const { doc } = await dash(code);
      if (doc && !doc.getMap<string>(DASH.map).has(student.id))
        setEntry(doc, student.id, {
          name: student.name,
          design: '',
          hand: false,
          at: now(),
        });
    },

    /** A student's change was accepted: the dashboard shows it at once. */
    studentChanged(name: string, document: Y.Doc, who: Extract<Who, { role: 'student' }>) {
      const read = readWork(document);
      if (!read.ok) return;
      const t = now();
      void dash(who.code).then(({ doc }) => {
        if (!doc) return;
        const map = doc.getMap<string>(DASH.map);
        const before = map.get(who.student);
        const old = before ? (JSON.parse(before) as DashEntry) : undefined;
        if (old && old.design === read.text && old.hand === read.hand) return;
        setEntry(doc, who.student, {
          name: who.name,
          design: read.text,
          hand: read.hand,
          at: old && old.design === read.text ? old.at : t,
        });
      });
      if ((lastTouch.get(who.code) ?? 0) < t - 60_000) {
        lastTouch.set(who.code, t);
        store.touch(who.code, t);
      }
      void name;
    },

    async setBoard(code: string, change: (board: Y.Map<BoardValue>, doc: Y.Doc) => void) {
      await writeTo(docName({ kind: 'board', code }), (doc) => {
        seedBoard(code, doc);
        change(doc.getMap<BoardValue>(BOARD.map), doc);
      });
    },

    async hint(code: string, text: string, to: string | undefined) {
      const hint: Hint = { text, at: now() };
      if (to === undefined)
        return this.setBoard(code, (_, doc) => doc.getArray<Hint>(BOARD.hints).push([hint]));
      await writeTo(docName({ kind: 'student', code, student: to }), (doc) =>
        doc.getArray<Hint>(WORK.hints).push([hint]),
      );
    },

    async dashEntry(code: string, id: string): Promise<DashEntry | undefined> {
      const { doc } = await dash(code);
      const raw = doc?.getMap<string>(DASH.map).get(id);
      return raw ? (JSON.parse(raw) as DashEntry) : undefined;
    },

    /** Ends a class: students keep their designs but the class's copy takes no more changes. */
    async end(code: string) {
      store.endClass(code, now());
      await this.setBoard(code, (board) => board.set('ended', true));
    },

    /** Deletes everything kept about a class, at once. */
    async remove(code: string) {
      const names = [
        docName({ kind: 'board', code }),
        docName({ kind: 'dash', code }),
        ...store.students(code).map((s) => docName({ kind: 'student', code, student: s.id })),
      ];
      store.deleteClass(code);
      const open = dashes.get(code);
      dashes.delete(code);
      if (open) (await open).conn.disconnect();
      for (const name of names) hocuspocus.closeConnections(name);
    },

    /** Deletes classes `retainDays` after they ended, or after their last activity. */
    sweep(retainDays: number) {
      const cutoff = now() - retainDays * DAY;
      for (const code of store.expired(cutoff, cutoff)) void this.remove(code);
    },

    async close() {
      for (const open of dashes.values()) (await open).conn.disconnect();
      dashes.clear();
    },
  };
}

export type ClassRooms = ReturnType<typeof createClassRooms>;
