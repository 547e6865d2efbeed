import { cutText, plainText } from '../engine/parse/text';

// What the live-class client and the class server agree on: document names, tokens, join codes,
// teacher commands and the limits. Pure TypeScript that imports only the engine's text rules: the
// server (Node) and the browser both read it.

/** Join codes use letters and digits nobody confuses when a code is read off a projector. */
export const CODE_ALPHABET = 'ACDEFHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 6;

/** "k7p 4qx", "K7P-4QX" and "k7p4qx" are the same code; anything else is not a code. */
export function normalizeCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return undefined;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return undefined;
  return code;
}

/** As shown to people: two groups of three, "K7P-4QX". */
export const formatCode = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

/** The limits a class server enforces (each can be lowered or raised by its environment). */
export const LIVE_LIMITS = {
  studentsPerClass: 200,
  classesPerServer: 50,
  /** A display name, in code points: enough for "Ana María González-Ruiz". */
  maxName: 40,
  maxHint: 500,
  /** Messages a connection may send: a burst, then this many per second. */
  messageBurst: 60,
  messagesPerSecond: 20,
  /** Days a class's data is kept after it ends. */
  retainDays: 7,
} as const;

/** Zero-width characters and marks: on top of the engine's text rules, a name must read as it looks. */
const ZERO_WIDTH = /[\u200b-\u200f]/g;

/**
 * Cleans a display name: the engine's text rules (no controls, direction overrides or broken
 * characters), no zero-width marks, spaces collapsed, cut to `maxName` code points. Empty means
 * no name.
 */
export function cleanName(input: string): string {
  const plain = plainText(input).replace(ZERO_WIDTH, ' ').replace(/\s+/g, ' ').trim();
  return cutText(plain, LIVE_LIMITS.maxName).trim();
}

/** The three kinds of document a class has. */
export type ClassDoc =
  /** What every student sees: the exercise, pause, hints to all, the design on show. */
  | { kind: 'board'; code: string }
  /** The teacher's dashboard data: every student's name, design and hand, kept by the server. */
  | { kind: 'dash'; code: string }
  /** One student's work: the student writes, the teacher reads, the server adds private hints. */
  | { kind: 'student'; code: string; student: string };

const STUDENT_ID = /^[a-f0-9]{16}$/;
export const isStudentId = (id: string) => STUDENT_ID.test(id);

export function docName(doc: ClassDoc): string {
  switch (doc.kind) {
    case 'board':
      return `class/${doc.code}/board`;
    case 'dash':
      return `class/${doc.code}/dash`;
    case 'student':
      return `class/${doc.code}/s/${doc.student}`;
  }
}

export function parseDocName(name: string): ClassDoc | undefined {
  const m = /^class\/([A-Z0-9]+)\/(board|dash|s\/([a-f0-9]+))$/.exec(name);
  if (!m || normalizeCode(m[1]!) !== m[1]) return undefined;
  const code = m[1]!;
  if (m[2] === 'board') return { kind: 'board', code };
  if (m[2] === 'dash') return { kind: 'dash', code };
  const student = m[3] ?? '';
  return isStudentId(student) ? { kind: 'student', code, student } : undefined;
}

/** What a connection presents (as the provider's token, JSON). Checked by the server, never trusted. */
export type LiveToken =
  { role: 'teacher'; key: string } | { role: 'student'; id: string; key: string; name: string };

/** Teacher commands, sent as stateless messages on the board; the server checks the key. */
export type TeacherCommand =
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'hint'; text: string; to?: string }
  | { type: 'show'; student: string | null; names: boolean }
  | { type: 'end' }
  | { type: 'delete' };

/** The server's answer to a refused command (stateless, to the sender only). */
export type ServerNotice = { type: 'refused'; reason: string };

/** The keys of each document's shared map, named once. */
export const BOARD = { map: 'class', hints: 'hints' } as const;
export const WORK = { map: 'work', hints: 'hints' } as const;
export const DASH = { map: 'students' } as const;

/** What the board's map holds, key by key: the server writes it, every client reads it. */
export type Board = {
  /** The class's exercise, as the text of its file. */
  readonly exercise: string;
  readonly title: string;
  readonly paused: boolean;
  readonly ended: boolean;
  /** The design on show to the class, as JSON (`Shown`), or '' when none is. */
  readonly shown: string;
};
/** A value of the board's map (a Yjs map has one type for all its values). */
export type BoardValue = Board[keyof Board];

/** The design the teacher shows the class, and whose it is ('' when names are hidden). */
export type Shown = { readonly design: string; readonly name: string };

/** One hint, as stored in the board (to all) or in a student's document (to that student). */
export type Hint = { readonly text: string; readonly at: number };

/** One student on the dashboard, as the server keeps it (a JSON string per student). */
export type DashEntry = {
  readonly name: string;
  /** The design as the loader accepted it (serialized), or '' before the first change. */
  readonly design: string;
  readonly hand: boolean;
  /** Server time of the last accepted change, or of joining. */
  readonly at: number;
};

/** What the class server answers to `GET /live/api/classes/CODE`. */
export type ClassInfo = { code: string; title: string; ended: boolean };

/** Where the class server listens, below the app's own origin. */
export const LIVE_PATH = '/live';
