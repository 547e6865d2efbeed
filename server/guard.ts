import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { LOAD_LIMITS, type Design } from '../src/engine';
import { loadDesign } from '../src/engine/load/loadDesign';
import { WORK } from '../src/live/protocol';

/** Why a connection is closed: the client shows `reason`; the code tells it not to retry blindly. */
export class Refusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}
export const REFUSED_DESIGN = 4400;
export const TOO_FAST = 4429;

/** A token bucket per connection: a burst, then a steady rate (what a person can possibly do). */
export function rateLimiter(burst: number, perSecond: number, now: () => number) {
  let tokens = burst;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

const SYNC = 0;
const SYNC_REPLY = 4;
const STEP2 = 1;
const UPDATE = 2;

/** The Yjs update a provider message carries, if it carries one (sync step 2 or an update). */
export function updateIn(message: Uint8Array): Uint8Array | undefined {
  const d = decoding.createDecoder(message);
  decoding.readVarString(d);
  const type = decoding.readVarUint(d);
  if (type !== SYNC && type !== SYNC_REPLY) return undefined;
  const step = decoding.readVarUint(d);
  if (step !== STEP2 && step !== UPDATE) return undefined;
  return decoding.readVarUint8Array(d);
}

export type WorkRead =
  | { ok: true; design: Design | undefined; text: string; hand: boolean }
  | { ok: false; reason: string };

const encoder = new TextEncoder();

/** Reads a student's document as the server would keep it; a design goes through the loader. */
export function readWork(doc: Y.Doc): WorkRead {
  const work = doc.getMap(WORK.map);
  const text = work.get('design');
  const hand = work.get('hand') === true;
  if (text === undefined) return { ok: true, design: undefined, text: '', hand };
  if (typeof text !== 'string') return { ok: false, reason: 'This is not a design.' };
  const read = loadDesign(encoder.encode(text), 'file');
  if (!read.ok) return { ok: false, reason: read.error.message };
  return { ok: true, design: read.design, text, hand };
}

/**
 * Checks a student's change before it is applied: applied to a copy first, the result must be
 * a document holding only a design the loader accepts (the same limits as a file) and a hand,
 * and must leave the teacher's hints as they were. Throws a Refusal otherwise.
 */
export function checkStudentUpdate(doc: Y.Doc, update: Uint8Array): void {
  if (update.byteLength > LOAD_LIMITS.maxFileBytes * 2)
    throw new Refusal(REFUSED_DESIGN, 'This change is larger than any design can be.');
  const probe = new Y.Doc({ gc: true });
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  const hintsBefore = JSON.stringify(probe.getArray(WORK.hints).toJSON());
  try {
    Y.applyUpdate(probe, update);
  } catch {
    throw new Refusal(REFUSED_DESIGN, 'This change could not be read.');
  }
  for (const key of probe.share.keys())
    if (key !== WORK.map && key !== WORK.hints)
      throw new Refusal(REFUSED_DESIGN, 'A student’s document holds their design only.');
  if (JSON.stringify(probe.getArray(WORK.hints).toJSON()) !== hintsBefore)
    throw new Refusal(REFUSED_DESIGN, 'Only the teacher sends hints.');
  for (const key of probe.getMap(WORK.map).keys())
    if (key !== 'design' && key !== 'hand')
      throw new Refusal(REFUSED_DESIGN, 'A student’s document holds their design only.');
  const read = readWork(probe);
  probe.destroy();
  if (!read.ok)
    throw new Refusal(REFUSED_DESIGN, `The class server refused this design: ${read.reason}`);
}
