import { cleanText, EMPTY_TEMPLATE } from '@/engine';
import type { DesignLibrary, LibraryEntry } from './designLibrary';
import type { Documents } from './documents';
import { ENVELOPE_VERSION, type Envelope } from './envelope';
import { openNew, openSaved } from './opening';

/*
 * What the My designs list does to saved designs. Kept apart from `documents` because only that
 * dialog needs it, so it loads with the dialog rather than with the first page.
 */

/** Every saved design, newest first; unreadable ones last (listed, never hidden). */
export function listDesigns(library: DesignLibrary): LibraryEntry[] {
  const entries = library.storage.keys(library.keyOf('')).flatMap((key) => {
    const id = library.idOfKey(key);
    const entry = id === undefined ? undefined : library.read(id);
    return entry ? [entry] : [];
  });
  return entries.sort((a, b) =>
    a.ok && b.ok ? b.envelope.savedAt - a.envelope.savedAt : Number(b.ok) - Number(a.ok),
  );
}

/** Deletes a saved design; returns an undo. Deleting the open one starts a new design. */
export function removeDesign(documents: Documents, id: string): () => void {
  const wasOpen = documents.sandbox.store.getState().documentId === id;
  const { storage, keyOf } = documents.library;
  const raw = storage.get(keyOf(id));
  storage.remove(keyOf(id));
  if (wasOpen)
    openNew(documents, EMPTY_TEMPLATE.design, 'Deleted the open design; started a new one', {
      save: false,
      discard: true,
    });
  return () => {
    if (raw === null) return;
    storage.set(keyOf(id), raw);
    if (wasOpen) openSaved(documents, id);
  };
}

export function renameDesign(documents: Documents, id: string, name: string): void {
  const state = documents.sandbox.store.getState();
  if (state.documentId === id) return void state.rename(name);
  const entry = documents.library.read(id);
  if (!entry?.ok) return;
  // A new revision by this tab: a tab that has the design open follows it, or sees a conflict.
  const envelope = {
    ...entry.envelope,
    writer: documents.tabId,
    rev: entry.envelope.rev + 1,
    design: { ...entry.envelope.design, name: cleanText(name).text },
  };
  documents.library.write(envelope, entry.envelope.rev);
}

/**
 * Saves a copy next to the original, without opening it: the student stays where they were and
 * sees the copy in the list. Returns false if it could not be saved (storage full, say).
 */
export function duplicateDesign(documents: Documents, id: string): boolean {
  const state = documents.sandbox.store.getState();
  const entry = state.documentId === id ? undefined : documents.library.read(id);
  const source = state.documentId === id ? state.design : entry?.ok ? entry.envelope.design : null;
  if (!source) return false;
  const exercise = state.documentId === id ? state.exercise : entry?.ok && entry.envelope.exercise;
  const copy: Envelope = {
    app: 'stack-sandbox',
    envelopeVersion: ENVELOPE_VERSION,
    id: documents.newId(),
    rev: 1,
    savedAt: Date.now(),
    writer: documents.tabId,
    design: { ...source, name: cleanText(`${source.name} (copy)`).text },
    ...(exercise ? { exercise } : {}),
  };
  return documents.library.write(copy, undefined).ok;
}
