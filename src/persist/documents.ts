import { EMPTY_TEMPLATE, serializeDesign, type Design, type Exercise } from '@/engine';
import type { Sandbox } from '@/store/sandboxStore';
import { startAutosave, type Release, type Session } from './autosave';
import { createDesignLibrary, type LibraryEntry } from './designLibrary';
import type { SafeStorage } from './safeStorage';
import { createStatusStore } from './saveStatus';

export type DocumentsOptions = {
  storage: SafeStorage;
  tabId?: string;
  debounceMs?: number;
  now?: () => number;
  newId?: () => string;
};

function randomId(): string {
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A file name made from a title (letters, digits, dashes), with `suffix`: "Lab-2.png". */
export function safeFileName(title: string, suffix: string, fallback = 'design'): string {
  const base =
    title
      .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
      .trim()
      .replace(/\s+/g, '-') || fallback;
  return `${base.slice(0, 60)}${suffix}`;
}

/** A file name for a design: its name, made safe. */
export function fileNameFor(design: Design): string {
  return safeFileName(design.name, '.stack-sandbox.json');
}

/**
 * The documents a student works on: which one is open, where and when it is saved, and what
 * reopens on the next visit. The ways one is opened (a template, a file, a link, an exercise, My
 * designs) are in ./opening.ts, loaded with the menus and dialogs that use them.
 */
export function createDocuments(sandbox: Sandbox, options: DocumentsOptions) {
  const { storage } = options;
  const library = createDesignLibrary(storage);
  const status = createStatusStore();
  const session: Session = {
    baseRev: undefined,
    // What the page starts with is nothing to keep (the saved design opens in its place).
    saved: sandbox.store.getState().design,
    theirs: undefined,
    exerciseData: undefined,
    origin: undefined,
  };
  const newId = options.newId ?? randomId;
  const tabId = options.tabId ?? randomId();
  const autosave = startAutosave(sandbox, library, status, session, {
    tabId,
    debounceMs: options.debounceMs ?? 500,
    now: options.now ?? Date.now,
    newId,
  });
  const state = () => sandbox.store.getState();

  /**
   * A saved design's exercise is read once its parser has loaded: it is not needed to show the
   * page. Until then, and if it cannot be read at all, autosave writes it back as it was stored.
   */
  function attachStoredExercise(id: string, data: unknown) {
    void import('@/engine/exercise/parseExercise').then(({ parseExercise }) => {
      if (state().documentId !== id || session.exerciseData !== data) return;
      const read = parseExercise(data);
      if (!read.ok) return;
      session.exerciseData = undefined;
      state().setExercise(read.exercise);
      if (read.exercise.mode) state().setMode(read.exercise.mode);
    });
  }

  function open(
    design: Design,
    id: string,
    what: string,
    opts: {
      rev?: number;
      savedAt?: number;
      readOnly?: boolean;
      save?: boolean;
      exercise?: Exercise | undefined;
      /** An exercise as stored, read once its parser has loaded. */
      exerciseData?: unknown;
      /** The saved design this is a repaired copy of (it stays as it was). */
      origin?: string;
      /** The open design goes with nothing kept (it is carried over, or was deleted). */
      discard?: boolean;
    } = {},
  ): Release {
    // Whatever was open is kept before anything replaces it: saved, or kept as a copy.
    const previous: Release = opts.discard ? { fate: 'nothing' } : autosave.release();
    session.baseRev = opts.rev;
    session.origin = opts.origin;
    session.saved = opts.save ? undefined : design;
    session.theirs = undefined;
    session.exerciseData = opts.exercise ? undefined : opts.exerciseData;
    if (session.exerciseData !== undefined) attachStoredExercise(id, session.exerciseData);
    state().openDocument(design, {
      id,
      what,
      readOnly: opts.readOnly ?? false,
      exercise: opts.exercise,
    });
    if (opts.exercise?.mode) state().setMode(opts.exercise.mode);
    if (opts.readOnly) status.setSave({ state: 'view-only' });
    else if (!storage.available) status.setSave({ state: 'failed', failure: 'unavailable' });
    else
      status.setSave(
        opts.rev === undefined ? { state: 'idle' } : { state: 'saved', at: opts.savedAt ?? 0 },
      );
    if (opts.readOnly) return previous;
    if (opts.save) autosave.saveNow();
    else if (opts.rev !== undefined) library.setCurrentId(id);
    return previous;
  }

  /**
   * Opens a saved design. One that was partly damaged opens as a repaired copy, not yet saved:
   * the original stays untouched in My designs until the student deletes it, and can be
   * downloaded as it is (as with a file, which is never written over either).
   */
  function openEntry(entry: Extract<LibraryEntry, { ok: true }>, how: string): Release {
    const { design, rev, savedAt, exercise } = entry.envelope;
    // Said to screen readers only: no isolation needed.
    const { name } = design;
    if (entry.repairs.length === 0)
      return open(design, entry.id, `${how} “${name}”`, { rev, savedAt, exerciseData: exercise });
    const previous = open(design, newId(), `${how} a repaired copy of “${name}”`, {
      exerciseData: exercise,
      origin: entry.id,
    });
    status.tell((m) => m.repairedCopy(design, entry.repairs, entry.raw));
    return previous;
  }

  const documents = {
    /** Opens a design as the current document (see ./opening.ts for every way one is opened). */
    open,
    openEntry,
    /** Another tab's newer save, while a conflict is open. */
    theirs: () => session.theirs,
    sandbox,
    library,
    /** This browser's storage, for the little it remembers besides designs (a student's name). */
    storage,
    newId,
    /** Which tab this is: written into every save, so other tabs can tell it from their own. */
    tabId,
    status,
    flush: autosave.flush,
    saveNow: autosave.saveNow,
    hasUnsaved: autosave.hasUnsaved,

    /** On start: reopen the design the student had open; an unreadable one is kept and reported. */
    restore() {
      if (!storage.available) status.tell((m) => m.storageBlocked());
      const id = library.currentId();
      const entry = id === null ? undefined : library.read(id);
      if (entry?.ok) return void openEntry(entry, 'Reopened');
      if (entry && !entry.ok) status.tell((m) => m.unreadable(entry.id, entry.message, entry.raw));
      open(EMPTY_TEMPLATE.design, newId(), 'New design');
    },

    /** The open design itself (for "make an editable copy"). */
    backupDesign: () => state().design,

    /** The open design as a file (the public format, pretty-printed). */
    backup: () => {
      try {
        const design = state().design;
        return { fileName: fileNameFor(design), text: serializeDesign(design) };
      } catch {
        // Only a bug can get here (the design in memory is broken): offer the last saved one.
        const saved = library.read(state().documentId);
        const design = saved?.ok ? saved.envelope.design : EMPTY_TEMPLATE.design;
        return { fileName: fileNameFor(design), text: serializeDesign(design) };
      }
    },

    stop: autosave.stop,
  };
  return documents;
}

export type Documents = ReturnType<typeof createDocuments>;
