import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  cleanName,
  isStudentId,
  parseDocName,
  type LiveToken,
} from '../src/live/protocol';
import type { ClassStore } from './classStore';

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** A secret that is only ever shown once (the teacher key): 32 random bytes. */
export const newKey = () => randomBytes(32).toString('base64url');

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Who a connection is, once its token has been checked. Kept as the connection's context. */
export type Who =
  | { role: 'teacher'; code: string }
  | { role: 'student'; code: string; student: string; name: string };

export type Verdict =
  | { ok: true; who: Who; readOnly: boolean; joined?: { id: string; name: string } }
  | { ok: false; reason: string };

function readToken(text: string): LiveToken | undefined {
  if (text.length > 1000) return undefined;
  try {
    const t = JSON.parse(text) as Record<string, unknown>;
    if (t.role === 'teacher' && typeof t.key === 'string') return { role: 'teacher', key: t.key };
    if (
      t.role === 'student' &&
      typeof t.id === 'string' &&
      typeof t.key === 'string' &&
      typeof t.name === 'string'
    )
      return { role: 'student', id: t.id, key: t.key, name: t.name };
  } catch {
    // not a token
  }
  return undefined;
}

const refuse = (reason: string): Verdict => ({ ok: false, reason });

/**
 * The one place that decides who may open which document, and whether to write it:
 * - the teacher (the class's key) reads everything and writes nothing directly: pause, hints
 *   and the design on show are commands the server carries out;
 * - a student (their own key, registered on first join) writes only their own design and reads
 *   only it and the board; never the dashboard or another student's design.
 */
export function authorize(
  store: ClassStore,
  documentName: string,
  tokenText: string,
  opts: { now: number; maxStudents: number },
): Verdict {
  const doc = parseDocName(documentName);
  if (!doc) return refuse('No such document.');
  const cls = store.getClass(doc.code);
  if (!cls) return refuse('There is no class with this code (it may have ended and been deleted).');
  const token = readToken(tokenText);
  if (!token) return refuse('Not signed in to this class.');

  if (token.role === 'teacher') {
    if (!sameHash(hashKey(token.key), cls.teacher_hash)) return refuse('Wrong teacher key.');
    return { ok: true, who: { role: 'teacher', code: doc.code }, readOnly: true };
  }

  if (!isStudentId(token.id) || token.key.length < 16)
    return refuse('Not signed in to this class.');
  const known = store.getStudent(doc.code, token.id);
  let joined: { id: string; name: string } | undefined;
  let name: string;
  if (known) {
    if (!sameHash(hashKey(token.key), known.key_hash))
      return refuse('Not signed in to this class.');
    name = known.name;
  } else {
    if (cls.ended_at !== null) return refuse('This class has ended.');
    name = cleanName(token.name);
    if (name === '') return refuse('Type your name to join.');
    if (!store.addStudent(doc.code, token.id, hashKey(token.key), name, opts.maxStudents, opts.now))
      return refuse(`This class is full (${opts.maxStudents} students).`);
    joined = { id: token.id, name };
  }
  const who: Who = { role: 'student', code: doc.code, student: token.id, name };
  switch (doc.kind) {
    case 'board':
      return { ok: true, who, readOnly: true, ...(joined ? { joined } : {}) };
    case 'dash':
      return refuse('Only the teacher sees the class.');
    case 'student':
      if (doc.student !== token.id) return refuse('A student sees only their own design.');
      return { ok: true, who, readOnly: cls.ended_at !== null, ...(joined ? { joined } : {}) };
  }
}
