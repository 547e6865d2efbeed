import { serializeDesign, type Design, type Exercise } from '@/engine';
import { isolate } from '@/engine/parse/isolate';
import type { Release } from './autosave';
import { fileNameFor, type Documents } from './documents';

// Every way a design is opened. Opening never replaces saved work: anything new becomes a design
// of its own in My designs, and the one before stays there — or, if it could not be saved, is
// kept as a copy, or offered as a file. Loaded on demand, with the menus, dialogs, files and
// links that open things (restoring on start lives in documents.ts).

/**
 * Tells the student where the design they were on went, when that is news: kept as a copy of its
 * own (its changes could not be saved in place), or not kept at all (storage refused it).
 */
function tellWhereItWent(documents: Documents, previous: Release, before: Design) {
  if (previous.fate === 'kept')
    documents.status.notify({
      tone: 'warning',
      message: `Your changes to “${isolate(before.name)}” could not be saved in place (it was changed in another tab, or storage refused them), so they are kept in My designs as “${isolate(previous.name)}”.`,
    });
  else if (previous.fate === 'lost')
    documents.status.notify({
      tone: 'error',
      message: `Your previous design “${isolate(before.name)}” could not be kept in this browser. Download it to keep your work.`,
      download: { fileName: fileNameFor(previous.design), text: serializeDesign(previous.design) },
    });
}

/** A design of its own, saved at once (a template, a file, a link, a copy). */
export function openNew(
  documents: Documents,
  design: Design,
  what: string,
  opts: {
    readOnly?: boolean;
    save?: boolean;
    exercise?: Exercise;
    /** The open design is carried over or deleted: nothing of it is to be kept. */
    discard?: boolean;
  } = {},
) {
  const before = documents.sandbox.store.getState().design;
  const previous = documents.open(design, documents.newId(), what, {
    readOnly: opts.readOnly ?? false,
    save: opts.save ?? !opts.readOnly,
    exercise: opts.exercise,
    discard: opts.discard ?? false,
  });
  // Say it where everyone sees it, not only to screen readers: a student whose canvas just
  // changed needs to know where the previous design went — and only what is true.
  if (previous.fate === 'saved')
    documents.status.notify(
      { tone: 'info', message: `${what}. Your previous design is in My designs.` },
      8000,
    );
  else if (before.blocks.length > 0 || previous.fate !== 'nothing')
    documents.status.notify({ tone: 'info', message: `${what}.` }, 8000);
  // Nothing of the student's was set aside (the canvas was empty): nothing to say, and news
  // about the design before ("Started a new empty design") no longer holds.
  else documents.status.forgetNews();
  tellWhereItWent(documents, previous, before);
}

/** Starts an exercise: its starting design becomes a design of its own, with its goals. */
export function openExercise(documents: Documents, exercise: Exercise, from = '') {
  openNew(
    documents,
    { ...exercise.start, name: exercise.title },
    `Started the exercise “${isolate(exercise.title)}”${from}`,
    { exercise },
  );
}

/** Opens a design from My designs; false when it cannot be read. */
export function openSaved(documents: Documents, id: string): boolean {
  const entry = documents.library.read(id);
  if (!entry?.ok) return false;
  const before = documents.sandbox.store.getState().design;
  tellWhereItWent(documents, documents.openEntry(entry, 'Opened'), before);
  return true;
}

/** After a conflict: take the other tab's version, or keep this one as a new design. */
export function resolveConflict(documents: Documents, choice: 'theirs' | 'mine') {
  const theirs = documents.theirs();
  const state = documents.sandbox.store.getState();
  documents.status.setSave({ state: 'saving' });
  // A document keeps its exercise for life, whichever version is kept. Either way the student
  // chose what becomes of this version: it is not kept a second time.
  if (choice === 'theirs' && theirs) {
    documents.open(theirs.design, theirs.id, 'Took the version saved in the other tab', {
      rev: theirs.rev,
      savedAt: theirs.savedAt,
      exercise: state.exercise,
      discard: true,
    });
  } else
    openNew(
      documents,
      state.design,
      'Kept your version as a new design (the other tab’s stays as it was)',
      { discard: true, ...(state.exercise ? { exercise: state.exercise } : {}) },
    );
}
