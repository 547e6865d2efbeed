import { cleanText, parseDesign, serializeDesign, type Design, type ParseResult } from '@/engine';
import type { Sandbox } from '@/store/sandboxStore';
import type { DesignLibrary } from './designLibrary';
import { ENVELOPE_VERSION, type Envelope } from './envelope';
import type { createStatusStore, SaveState } from './saveStatus';

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
  /** The saved design this one is a repaired copy of: it stays untouched in My designs. */
  origin: string | undefined;
};

export type AutosaveOptions = {
  tabId: string;
  /** Quiet time after an edit before saving: a drag or a burst of typing is one save. */
  debounceMs: number;
  now: () => number;
  newId: () => string;
};

/**
 * What became of the open design when the tab let go of it (another design opened, or the tab
 * closing): the student is told the truth about where it went.
 */
export type Release =
  /** It is in My designs as it is. */
  | { fate: 'saved' }
  /** Nothing to keep: a new design nobody touched, or a view-only one. */
  | { fate: 'nothing' }
  /** It had changes that could not be saved (a conflict, a failed save): kept as a copy. */
  | { fate: 'kept'; id: string; name: string }
  /** It could not be kept in this browser at all: it must be offered as a file. */
  | { fate: 'lost'; design: Design };

/** What the loader reads back from `design` as saved; `undefined` if it cannot be written. */
function readBack(design: Design): ParseResult | undefined {
  try {
    return parseDesign(serializeDesign(design));
  } catch {
    return undefined;
  }
}

/**
 * Saves the open design: debounced after each change (never on every frame), flushed at once when
 * the tab is hidden or closed, validated before every write, and never over another tab's newer
 * save. A tab whose changes cannot be saved keeps them as a copy of their own before they would be
 * lost, and asks before the page is left. Returns the handles the document controller needs.
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
  /** What the top bar said before "Saving…": said again if there turns out to be nothing to save. */
  let beforeSaving: SaveState = status.store.getState().save;

  /**
   * The design is back to exactly what storage holds (an edit undone before its save): nothing
   * is pending, and the top bar must not say "Saving…" for ever.
   */
  const nothingToSave = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (status.store.getState().save.state === 'saving') status.setSave(beforeSaving);
  };

  /** The whole design: during a build-up only a part is on show. */
  const current = () => {
    const { presentation, design } = store.getState();
    return presentation?.full ?? design;
  };

  /** The design as stored, with this tab's name on it and the exercise it belongs to. */
  const envelopeOf = (id: string, rev: number, design: Design): Envelope => {
    const exercise = store.getState().exercise ?? session.exerciseData;
    return {
      app: 'stack-sandbox',
      envelopeVersion: ENVELOPE_VERSION,
      id,
      rev,
      savedAt: options.now(),
      writer: options.tabId,
      design,
      ...(exercise ? { exercise } : {}),
    };
  };

  function saveNow() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const { documentId, readOnly } = store.getState();
    const design = current();
    if (design === session.saved) return nothingToSave();
    if (readOnly || status.store.getState().save.state === 'conflict') return;
    // What is written is what the loader reads back. Edits follow the loader's rules, so this
    // never differs; if a bug ever made it differ, the design is saved as the loader repairs it
    // (as reopening it would), rather than every later save failing on the same value.
    const check = readBack(design);
    if (!check?.ok) return status.setSave({ state: 'failed', failure: 'invalid' });
    const envelope = envelopeOf(documentId, (session.baseRev ?? 0) + 1, check.design);
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
    if (state.design === session.saved) return nothingToSave();
    const save = status.store.getState().save;
    if (save.state !== 'conflict' && save.state !== 'failed' && save.state !== 'saving') {
      beforeSaving = save;
      status.setSave({ state: 'saving' });
    }
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(saveNow, options.debounceMs);
  });

  const flush = () => {
    if (timer !== undefined) saveNow();
  };

  /** Whether the open design has changes that are not in storage (after a flush). */
  const hasUnsaved = () => {
    return !store.getState().readOnly && current() !== session.saved;
  };

  /**
   * Lets go of the open design (another one opens, or the tab goes): saved first; if it still
   * cannot be saved where it is (another tab changed it, storage refused it), it is kept as a copy
   * of its own, "… (my version)", rather than lost.
   */
  function release(): Release {
    flush();
    const design = current();
    if (!hasUnsaved()) {
      return store.getState().readOnly ||
        (session.baseRev === undefined && session.origin === undefined)
        ? { fate: 'nothing' }
        : { fate: 'saved' };
    }
    // Only a design that can be written is kept: one a bug broke (the crash screen is up) cannot.
    const check = readBack(design);
    const copy = envelopeOf(options.newId(), 1, {
      ...(check?.ok ? check.design : design),
      name: cleanText(`${design.name} (my version)`).text,
    });
    if (!check?.ok || !library.write(copy, undefined).ok) return { fate: 'lost', design };
    session.saved = design;
    return { fate: 'kept', id: copy.id, name: copy.design.name };
  }

  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  /** The tab is going (closed, reloaded, navigated): nothing of its work may go with it. */
  const onPageHide = () => {
    const kept = release();
    // Reopening this tab should bring back this work, not the other tab's version.
    if (kept.fate === 'kept') library.setCurrentId(kept.id);
  };
  /** Asks before leaving while something is not saved (a conflict, storage full or blocked). */
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    flush();
    // A design a bug broke cannot be saved anyway: never stand between the crash screen's Reload
    // and the student (the last good save is what reopens).
    if (hasUnsaved() && readBack(current())?.ok) e.preventDefault();
  };

  /** Another tab saved: follow it if nothing here is unsaved, else flag the conflict. */
  const onStorage = (e: StorageEvent) => {
    const id = store.getState().documentId;
    const raw = e.newValue;
    if (e.key !== library.keyOf(id) || raw === null) return;
    const tab = {
      store,
      session,
      status,
      tabId: options.tabId,
      pending: () => timer !== undefined,
    };
    void import('./otherTab').then((m) => m.heardOtherTab(raw, id, tab));
  };

  const listeners: [string, (e: never) => void][] = [
    ['visibilitychange', onVisibility],
    ['pagehide', onPageHide],
    ['beforeunload', onBeforeUnload],
    ['storage', onStorage],
  ];
  for (const [type, listener] of listeners)
    window.addEventListener(type, listener as EventListener);
  return {
    saveNow,
    flush,
    hasUnsaved,
    release,
    stop: () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      for (const [type, listener] of listeners)
        window.removeEventListener(type, listener as EventListener);
    },
  };
}
