/** Why a write to browser storage failed. */
export type StorageFailure = 'quota' | 'unavailable' | 'unknown';

export type WriteResult = { ok: true } | { ok: false; failure: StorageFailure };

/** Browser storage that never throws: every failure comes back as a value the UI can show. */
export type SafeStorage = {
  /** False in private modes, sandboxed frames and with cookies blocked: nothing can be saved. */
  readonly available: boolean;
  get(key: string): string | null;
  set(key: string, value: string): WriteResult;
  remove(key: string): void;
  /** Every key starting with `prefix`. */
  keys(prefix: string): string[];
};

/** The spellings of "storage is full" across browsers. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number } | null;
  return (
    !!e &&
    (e.name === 'QuotaExceededError' ||
      e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      e.code === 22 ||
      e.code === 1014)
  );
}

/**
 * Wraps a Storage (normally `localStorage`). Reaching `localStorage` itself can throw (a
 * `SecurityError` when cookies are blocked), so it is passed as a function.
 */
export function safeStorage(backing: () => Storage | null | undefined): SafeStorage {
  let store: Storage | null | undefined;
  try {
    store = backing();
    // Some browsers hand out a storage object that throws on first use.
    const probe = '__stack-sandbox-probe__';
    store?.setItem(probe, '1');
    store?.removeItem(probe);
  } catch (e) {
    // A full storage still reads: keep it, its writes will report "quota".
    if (!isQuotaError(e)) store = undefined;
  }
  const s = store ?? undefined;
  return {
    available: s !== undefined,
    get(key) {
      try {
        return s?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      if (!s) return { ok: false, failure: 'unavailable' };
      try {
        s.setItem(key, value);
        return { ok: true };
      } catch (e) {
        return { ok: false, failure: isQuotaError(e) ? 'quota' : 'unknown' };
      }
    },
    remove(key) {
      try {
        s?.removeItem(key);
      } catch {
        // Nothing to do: the key stays, and nothing depends on its removal.
      }
    },
    keys(prefix) {
      if (!s) return [];
      try {
        const out: string[] = [];
        for (let i = 0; i < s.length; i++) {
          const key = s.key(i);
          if (key?.startsWith(prefix)) out.push(key);
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}
