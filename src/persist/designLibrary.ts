import type { ParseWarning } from '@/engine';
import { readEnvelope, writeEnvelope, type Envelope } from './envelope';
import type { SafeStorage, StorageFailure } from './safeStorage';

const PREFIX = 'stack-sandbox:design:';
const CURRENT = 'stack-sandbox:current';

/**
 * One saved design, as My designs lists it. Unreadable ones are listed too, never hidden; a
 * partly damaged one (`repairs`) opens as a repaired copy, and its original stays as it is.
 */
export type LibraryEntry =
  | { id: string; ok: true; envelope: Envelope; repairs: readonly ParseWarning[]; raw: string }
  | { id: string; ok: false; reason: 'damaged' | 'newer'; message: string; raw: string };

export type LibraryWrite =
  | { ok: true }
  | { ok: false; conflict: Envelope }
  | { ok: false; failure: StorageFailure | 'protected' };

export type DesignLibrary = ReturnType<typeof createDesignLibrary>;

/**
 * Every design a student keeps in this browser, one storage key each (one write per save, so a
 * save can never tear). A key holding something this version cannot read is never written over.
 */
export function createDesignLibrary(storage: SafeStorage) {
  const keyOf = (id: string) => `${PREFIX}${id}`;

  function read(id: string): LibraryEntry | undefined {
    const raw = storage.get(keyOf(id));
    if (raw === null) return undefined;
    const e = readEnvelope(raw);
    return e.ok
      ? { id, ok: true, envelope: e.envelope, repairs: e.repairs, raw }
      : { id, ok: false, reason: e.reason, message: e.message, raw };
  }

  return {
    storage,
    keyOf,
    idOfKey: (key: string) => (key.startsWith(PREFIX) ? key.slice(PREFIX.length) : undefined),
    read,

    /**
     * Saves `envelope` if what is stored is the revision `expectedRev` this tab started from
     * (or nothing). A newer revision written by another tab is a conflict, never overwritten;
     * nor is a save this version cannot read, or could only read by repairing it.
     */
    write(envelope: Envelope, expectedRev: number | undefined): LibraryWrite {
      const stored = read(envelope.id);
      if (stored && (!stored.ok || stored.repairs.length > 0))
        return { ok: false, failure: 'protected' };
      if (
        stored?.ok &&
        stored.envelope.rev !== expectedRev &&
        stored.envelope.writer !== envelope.writer
      ) {
        return { ok: false, conflict: stored.envelope };
      }
      const out = storage.set(keyOf(envelope.id), writeEnvelope(envelope));
      return out.ok ? { ok: true } : out;
    },

    currentId: () => storage.get(CURRENT),
    setCurrentId: (id: string) => void storage.set(CURRENT, id),
    /** The next start opens a new design (every saved one stays in My designs). */
    forgetCurrent: () => storage.remove(CURRENT),
  };
}
