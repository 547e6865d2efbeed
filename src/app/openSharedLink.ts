// Opening a share link, loaded only when the address holds one.
import { isolate } from '@/engine/parse/isolate';
import { decodeShareLink } from '@/engine/link/shareLink';
import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import { openExercise, openNew } from '@/persist/opening';

/**
 * The design leaves the address bar at once; a damaged link is reported, never half-opened; and
 * unless the canvas is empty, the student is asked first — their own design stays in My designs.
 */
export function openSharedLink(fragment: string, documents: Documents, sandbox: Sandbox) {
  const read = decodeShareLink(fragment);
  if (!read.ok) return documents.status.notify({ tone: 'error', message: read.message });
  const state = sandbox.store.getState();
  const empty = state.design.blocks.length === 0 && !state.readOnly;
  if (read.kind === 'exercise') {
    const { exercise } = read;
    if (empty) openExercise(documents, exercise, ' from a link');
    else state.openDialog({ type: 'open-link', design: exercise.start, readOnly: false, exercise });
    return;
  }
  const { design } = read.result;
  const readOnly = read.kind === 'view';
  if (empty) {
    openNew(
      documents,
      design,
      `Opened “${isolate(design.name)}” from a ${readOnly ? 'view-only ' : ''}link`,
      { readOnly },
    );
  } else {
    state.openDialog({ type: 'open-link', design, readOnly });
  }
}
