import { EMPTY_TEMPLATE, serializeDesign, type Design } from '@/engine';
import type { Sandbox } from '@/store/sandboxStore';
import { startAutosave, type Session } from './autosave';
import { createDesignLibrary } from './designLibrary';
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

/** A file name for a design: its name, made safe. */
export function fileNameFor(design: Design): string {
  const base =
    design.name
      .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
      .trim()
      .replace(/\s+/g, '-') || 'design';
  return `${base.slice(0, 60)}.stack-sandbox.json`;
}

/**
 * The documents a student works on: which one is open, where it is saved, and every way one is
 * opened (My designs, a template, a file, a link). Opening never replaces saved work: anything
 * new becomes a design of its own in My designs, and the one before stays there.
 */
export function createDocuments(sandbox: Sandbox, options: DocumentsOptions) {
  const { storage } = options;
  const library = createDesignLibrary(storage);
  const status = createStatusStore();
  const session: Session = { baseRev: undefined, saved: undefined, theirs: undefined };
  const newId = options.newId ?? randomId;
  const tabId = options.tabId ?? randomId();
  const autosave = startAutosave(sandbox, library, status, session, {
    tabId,
    debounceMs: options.debounceMs ?? 500,
    now: options.now ?? Date.now,
  });
  const state = () => sandbox.store.getState();

  function open(
    design: Design,
    id: string,
    what: string,
    opts: { rev?: number; savedAt?: number; readOnly?: boolean; save?: boolean } = {},
  ) {
    autosave.flush();
    session.baseRev = opts.rev;
    session.saved = opts.save ? undefined : design;
    session.theirs = undefined;
    state().openDocument(design, { id, what, readOnly: opts.readOnly ?? false });
    if (opts.readOnly) return status.setSave({ state: 'view-only' });
    if (!storage.available) status.setSave({ state: 'failed', failure: 'unavailable' });
    else
      status.setSave(
        opts.rev === undefined ? { state: 'idle' } : { state: 'saved', at: opts.savedAt ?? 0 },
      );
    if (opts.save) autosave.saveNow();
    else if (opts.rev !== undefined) library.setCurrentId(id);
  }

  const documents = {
    sandbox,
    library,
    newId,
    /** Which tab this is: written into every save, so other tabs can tell it from their own. */
    tabId,
    status,
    flush: autosave.flush,
    saveNow: autosave.saveNow,
    hasUnsaved: autosave.hasUnsaved,

    /** On start: reopen the design the student had open; an unreadable one is kept and reported. */
    restore() {
      if (!storage.available) {
        status.notify({
          tone: 'warning',
          message:
            'This browser does not let Stack Sandbox save (private mode, or storage is blocked). Your work is not kept when you close the tab — save it as a file.',
        });
      }
      const id = library.currentId();
      const entry = id === null ? undefined : library.read(id);
      if (entry?.ok) {
        const { design, rev, savedAt } = entry.envelope;
        return open(design, entry.id, `Reopened “${design.name}”`, { rev, savedAt });
      }
      if (entry && !entry.ok) {
        status.notify({
          tone: 'error',
          message: `Your last design could not be opened: ${entry.message} It is kept untouched in My designs.`,
          download: { fileName: `unreadable-design-${entry.id}.json`, text: entry.raw },
        });
      }
      open(EMPTY_TEMPLATE.design, newId(), 'New design');
    },

    /** A design of its own, saved at once (a template, a file, a link, a copy). */
    openNew(design: Design, what: string, opts: { readOnly?: boolean; save?: boolean } = {}) {
      const before = state().design;
      open(design, newId(), what, {
        readOnly: opts.readOnly ?? false,
        save: opts.save ?? !opts.readOnly,
      });
      // Say it where everyone sees it, not only to screen readers: a student whose canvas just
      // changed needs to know where the previous design went.
      if (before.blocks.length > 0) status.notify({ tone: 'info', message: `${what}.` }, 8000);
    },

    openSaved(id: string) {
      const entry = library.read(id);
      if (!entry?.ok) return false;
      const { design, rev, savedAt } = entry.envelope;
      open(design, id, `Opened “${design.name}”`, { rev, savedAt });
      return true;
    },

    /** After a conflict: take the other tab's version, or keep this one as a new design. */
    resolveConflict(choice: 'theirs' | 'mine') {
      const theirs = session.theirs;
      status.setSave({ state: 'saving' });
      if (choice === 'theirs' && theirs) {
        open(theirs.design, theirs.id, 'Took the version saved in the other tab', {
          rev: theirs.rev,
          savedAt: theirs.savedAt,
        });
      } else
        documents.openNew(
          state().design,
          'Kept your version as a new design (the other tab’s stays as it was)',
        );
    },

    /** The open design itself (for "make an editable copy"). */
    backupDesign: () => state().design,

    /** The open design as a file (the public format, pretty-printed). */
    backup() {
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
