import type { Sandbox } from '@/store/sandboxStore';
import type { Session } from './autosave';
import { readEnvelope } from './envelope';
import type { createStatusStore } from './saveStatus';

/**
 * Another tab saved the design open here (`raw`, as stored). A tab with nothing unsaved follows
 * it; one with changes of its own is in conflict, and the student chooses. Loaded when another
 * tab first saves: most visits have one tab.
 */
export function heardOtherTab(
  raw: string,
  id: string,
  tab: {
    store: Sandbox['store'];
    session: Session;
    status: ReturnType<typeof createStatusStore>;
    tabId: string;
    /** Whether a save of this tab is waiting for its debounce. */
    pending: () => boolean;
  },
) {
  const { store, session, status } = tab;
  const { documentId, design } = store.getState();
  const read = readEnvelope(raw);
  if (
    documentId !== id ||
    !read.ok ||
    read.envelope.writer === tab.tabId ||
    read.envelope.rev <= (session.baseRev ?? -1)
  )
    return;
  if (design === session.saved && !tab.pending()) {
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
}
