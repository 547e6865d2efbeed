import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as Y from 'yjs';

/** A class as the server keeps it. The teacher key is kept only as a hash. */
export type ClassRow = {
  code: string;
  teacher_hash: string;
  exercise: string;
  title: string;
  created_at: number;
  ended_at: number | null;
  last_active: number;
};

export type StudentRow = {
  code: string;
  id: string;
  key_hash: string;
  name: string;
  joined_at: number;
};

/**
 * Everything a class server keeps, in one SQLite file: classes (the exercise, a hash of the
 * teacher key), students (a display name and a hash of their key) and the Yjs documents. Several
 * processes on one machine may share the file (WAL); every write is a short transaction.
 */
export function openClassStore(file: string) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS classes (
      code TEXT PRIMARY KEY, teacher_hash TEXT NOT NULL, exercise TEXT NOT NULL, title TEXT NOT NULL,
      created_at INTEGER NOT NULL, ended_at INTEGER, last_active INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS students (
      code TEXT NOT NULL, id TEXT NOT NULL, key_hash TEXT NOT NULL, name TEXT NOT NULL,
      joined_at INTEGER NOT NULL, PRIMARY KEY (code, id));
    CREATE TABLE IF NOT EXISTS docs (
      name TEXT PRIMARY KEY, code TEXT NOT NULL, state BLOB NOT NULL, updated_at INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS docs_by_class ON docs (code);
  `);
  const q = {
    getClass: db.prepare<[string], ClassRow>('SELECT * FROM classes WHERE code = ?'),
    addClass: db.prepare(
      'INSERT INTO classes (code, teacher_hash, exercise, title, created_at, last_active) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    activeClasses: db.prepare<[], { n: number }>(
      'SELECT COUNT(*) AS n FROM classes WHERE ended_at IS NULL',
    ),
    endClass: db.prepare('UPDATE classes SET ended_at = ? WHERE code = ? AND ended_at IS NULL'),
    touch: db.prepare('UPDATE classes SET last_active = ? WHERE code = ?'),
    getStudent: db.prepare<[string, string], StudentRow>(
      'SELECT * FROM students WHERE code = ? AND id = ?',
    ),
    students: db.prepare<[string], StudentRow>(
      'SELECT * FROM students WHERE code = ? ORDER BY joined_at',
    ),
    studentCount: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM students WHERE code = ?',
    ),
    addStudent: db.prepare(
      'INSERT INTO students (code, id, key_hash, name, joined_at) VALUES (?, ?, ?, ?, ?)',
    ),
    getDoc: db.prepare<[string], { state: Buffer }>('SELECT state FROM docs WHERE name = ?'),
    putDoc: db.prepare(
      'INSERT INTO docs (name, code, state, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
    ),
    expired: db.prepare<[number, number], { code: string }>(
      'SELECT code FROM classes WHERE (ended_at IS NOT NULL AND ended_at < ?) OR (ended_at IS NULL AND last_active < ?)',
    ),
    delDocs: db.prepare('DELETE FROM docs WHERE code = ?'),
    delStudents: db.prepare('DELETE FROM students WHERE code = ?'),
    delClass: db.prepare('DELETE FROM classes WHERE code = ?'),
  };

  /** Adds a student if the class has room; false when it is full. Atomic across processes. */
  const addStudent = db.transaction(
    (code: string, id: string, keyHash: string, name: string, max: number, now: number) => {
      if (q.studentCount.get(code)!.n >= max) return false;
      q.addStudent.run(code, id, keyHash, name, now);
      return true;
    },
  );

  /**
   * Stores a document's state merged with what is stored: two processes storing the same
   * document (one a little behind the other) can never make the stored copy lose an update.
   */
  const putDoc = db.transaction((name: string, code: string, state: Uint8Array, now: number) => {
    const old = q.getDoc.get(name);
    const merged = old ? Y.mergeUpdates([new Uint8Array(old.state), state]) : state;
    q.putDoc.run(name, code, Buffer.from(merged), now);
  });

  const deleteClass = db.transaction((code: string) => {
    q.delDocs.run(code);
    q.delStudents.run(code);
    q.delClass.run(code);
  });

  return {
    getClass: (code: string) => q.getClass.get(code),
    addClass: (row: Omit<ClassRow, 'ended_at'>) =>
      q.addClass.run(
        row.code,
        row.teacher_hash,
        row.exercise,
        row.title,
        row.created_at,
        row.last_active,
      ),
    activeClasses: () => q.activeClasses.get()!.n,
    endClass: (code: string, now: number) => q.endClass.run(now, code),
    touch: (code: string, now: number) => q.touch.run(now, code),
    getStudent: (code: string, id: string) => q.getStudent.get(code, id),
    students: (code: string) => q.students.all(code),
    // IMMEDIATE: take the write lock first, so two processes never both read, then both write
    // (a deferred transaction would fail with "database is locked" instead of waiting its turn).
    addStudent: (...args: Parameters<typeof addStudent>) => addStudent.immediate(...args),
    getDoc: (name: string): Uint8Array | undefined => {
      const row = q.getDoc.get(name);
      return row ? new Uint8Array(row.state) : undefined;
    },
    putDoc: (...args: Parameters<typeof putDoc>) => putDoc.immediate(...args),
    /** Classes whose data is due for deletion: ended before `endedBefore`, or idle since `idleBefore`. */
    expired: (endedBefore: number, idleBefore: number) =>
      q.expired.all(endedBefore, idleBefore).map((r) => r.code),
    deleteClass: (code: string) => deleteClass.immediate(code),
    close: () => db.close(),
  };
}

export type ClassStore = ReturnType<typeof openClassStore>;
