import { parseDesign, serializeDesign, type Design } from '@/engine';
import type { Sandbox } from '@/store/sandboxStore';
import type { DesignLibrary } from './designLibrary';
import { readEnvelope, ENVELOPE_VERSION, type Envelope } from './envelope';
import type { createStatusStore } from './saveStatus';

/** What this tab knows about the document it has open. */
export type Session = {
  /** The stored revision the open design descends from (undefined: never saved). */
  baseRev: number | undefined;
  /** The design as last saved or opened: anything else is unsaved work. */
  saved: Design | undefined;
  /** Another tab's newer save, while a conflict is open. */
  theirs: Envelope | undefined;
  /** The open design's exercise as stored, until it has been read (it loads on demand). */
  exerciseData: unknown;
};

export type AutosaveOptions = {
  tabId: string;
  /** Quiet time after an edit before saving: a drag or a burst of typing is one save. */
  debounceMs: number;
  now: () => number;
};

/** Whether a design reads back exactly as it is (never throws, even on a broken one). */
function readsBack(design: Design): boolean {
  try {
    const check = parseDesign(serializeDesign(design));
    return check.ok && check.warnings.length === 0;
  } catch {
    return false;
  }
}

/**
 * Saves the open design: debounced after each change (never on every frame), flushed at once when
 * the tab is hidden or closed, validated before every write, and never over another tab's newer
 * save. Returns the handles the document controller needs.
 */
export function startAutosave(
  sandbox: Sandbox,
  library: DesignLibrary,
  status: ReturnType<typeof createStatusStore>,
  session: Session,
  options: AutosaveOptions,
) {
  const { store } = sandbox;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let askedToPersist = false;

  function saveNow() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const { documentId, readOnly, exercise, presentation } = store.getState();
    // During a build-up only a part is on show: the whole design is what is saved.
    const design = presentation?.full ?? store.getState().design;
    if (readOnly || design === session.saved || status.store.getState().save.state === 'conflict')
      return;
    // Validate before writing: what is saved must read back exactly (it never has failed, but a
    // bug must not be able to store a design the student cannot open again).
    if (!readsBack(design)) return status.setSave({ state: 'failed', failure: 'invalid' });
    const envelope: Envelope = {
      app: 'stack-sandbox',
      envelopeVersion: ENVELOPE_VERSION,
      id: documentId,
      rev: (session.baseRev ?? 0) + 1,
      savedAt: options.now(),
      writer: options.tabId,
      design,
      ...(exercise || session.exerciseData ? { exercise: exercise ?? session.exerciseData } : {}),
    };
    const out = library.write(envelope, session.baseRev);
    if (out.ok) {
      if (!askedToPersist && design.blocks.length >= 3) {
        // Ask the browser not to evict this site's storage when space runs low (Safari drops it
        // after seven days without a visit otherwise). Asked once there is real work to keep;
        // the answer changes nothing here, so it is not awaited.
        askedToPersist = true;
        void navigator.storage?.persist?.().catch(() => false);
      }
      session.baseRev = envelope.rev;
      session.saved = design;
      library.setCurrentId(documentId);
      status.setSave({ state: 'saved', at: envelope.savedAt });
    } else if ('conflict' in out) {
      session.theirs = out.conflict;
      status.setSave({ state: 'conflict' });
    } else {
      status.setSave({ state: 'failed', failure: out.failure });
    }
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.documentId !== previous.documentId ||
      state.design === previous.design ||
      state.readOnly ||
      state.presentation !== undefined ||
      previous.presentation !== undefined
    )
      return;
    if (state.design === session.saved) return;
    if (status.store.getState().save.state !== 'conflict') status.setSave({ state: 'saving' });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(saveNow, options.debounceMs);
  });

  const flush = () => {
    if (timer !== undefined) saveNow();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  /** Another tab saved: follow it if nothing here is unsaved, else flag the conflict. */
  const onStorage = (e: StorageEvent) => {
    const { documentId, design } = store.getState();
    if (e.key !== library.keyOf(documentId) || e.newValue === null) return;
    const read = readEnvelope(e.newValue);
    if (
      !read.ok ||
      read.envelope.writer === options.tabId ||
      read.envelope.rev <= (session.baseRev ?? -1)
    )
      return;
    if (design === session.saved && timer === undefined) {
      session.baseRev = read.envelope.rev;
      session.saved = read.envelope.design;
      store.getState().openDocument(read.envelope.design, {
        id: documentId,
        what: 'Updated with the changes made in another tab',
        // A document keeps its exercise for life: the other tab's is the same one.
        exercise: store.getState().exercise,
      });
      status.setSave({ state: 'saved', at: read.envelope.savedAt });
    } else {
      session.theirs = read.envelope;
      status.setSave({ state: 'conflict' });
    }
  };

  window.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);
  window.addEventListener('storage', onStorage);
  return {
    saveNow,
    flush,
    /** Whether the open design has changes not yet written. */
    hasUnsaved: () => store.getState().design !== session.saved,
    stop() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      window.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('storage', onStorage);
    },
  };
}
