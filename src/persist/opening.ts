import type { Design, Exercise } from '@/engine';
import type { Documents } from './documents';

// Every way a design is opened. Opening never replaces saved work: anything new becomes a design
// of its own in My designs, and the one before stays there. Loaded on demand, with the menus,
// dialogs, files and links that open things (restoring on start lives in documents.ts).

/** A design of its own, saved at once (a template, a file, a link, a copy). */
export function openNew(
  documents: Documents,
  design: Design,
  what: string,
  opts: { readOnly?: boolean; save?: boolean; exercise?: Exercise } = {},
) {
  const before = documents.sandbox.store.getState().design;
  documents.open(design, documents.newId(), what, {
    readOnly: opts.readOnly ?? false,
    save: opts.save ?? !opts.readOnly,
    exercise: opts.exercise,
  });
  // Say it where everyone sees it, not only to screen readers: a student whose canvas just
  // changed needs to know where the previous design went.
  if (before.blocks.length > 0)
    documents.status.notify({ tone: 'info', message: `${what}.` }, 8000);
  // Nothing of the student's was set aside (the canvas was empty): nothing to say, and news
  // about the design before ("Started a new empty design") no longer holds.
  else documents.status.forgetNews();
}

/** Starts an exercise: its starting design becomes a design of its own, with its goals. */
export function openExercise(documents: Documents, exercise: Exercise, from = '') {
  openNew(
    documents,
    { ...exercise.start, name: exercise.title },
    `Started the exercise “${exercise.title}”${from}. Your previous design is in My designs`,
    { exercise },
  );
}

/** Opens a design from My designs; false when it cannot be read. */
export function openSaved(documents: Documents, id: string): boolean {
  const entry = documents.library.read(id);
  if (!entry?.ok) return false;
  const { design, rev, savedAt, exercise } = entry.envelope;
  documents.open(design, id, `Opened “${design.name}”`, { rev, savedAt, exerciseData: exercise });
  return true;
}

/** After a conflict: take the other tab's version, or keep this one as a new design. */
export function resolveConflict(documents: Documents, choice: 'theirs' | 'mine') {
  const theirs = documents.theirs();
  const state = documents.sandbox.store.getState();
  documents.status.setSave({ state: 'saving' });
  // A document keeps its exercise for life, whichever version is kept.
  if (choice === 'theirs' && theirs) {
    documents.open(theirs.design, theirs.id, 'Took the version saved in the other tab', {
      rev: theirs.rev,
      savedAt: theirs.savedAt,
      exercise: state.exercise,
    });
  } else
    openNew(
      documents,
      state.design,
      'Kept your version as a new design (the other tab’s stays as it was)',
      state.exercise ? { exercise: state.exercise } : {},
    );
}
