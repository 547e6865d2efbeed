import type { Documents } from '@/persist/documents';

// When a new version of the app may start. A new version never swaps itself in under a student
// mid-lesson; it starts when the page is reloaded — unless another tab still holds work that is
// not saved (that tab would run on without the files it was built with), and then the notice
// says exactly what to do.

/** Held (shared) by every tab while it has work that is not in storage. */
export const UNSAVED_LOCK = 'stack-sandbox:unsaved-work';

type Locks = Pick<LockManager, 'request' | 'query'>;

/**
 * Holds the shared `UNSAVED_LOCK` while this tab has unsaved work (a conflict, a failed save,
 * the half second before a save), so that other tabs can ask the browser. A lock goes with its
 * tab, even one that crashed: nothing stale is ever left behind.
 */
export function advertiseUnsavedWork(documents: Documents, locks: Locks | undefined) {
  if (!locks) return () => undefined;
  let wanted = false;
  let requesting = false;
  let letGo: (() => void) | undefined;
  const update = () => {
    wanted = documents.hasUnsaved();
    if (!wanted) letGo?.();
    if (!wanted || requesting) return;
    requesting = true;
    void locks
      .request(UNSAVED_LOCK, { mode: 'shared' }, () =>
        wanted ? new Promise<void>((resolve) => (letGo = resolve)) : undefined,
      )
      .finally(() => {
        requesting = false;
        letGo = undefined;
        if (wanted) update();
      });
  };
  const stops = [
    documents.sandbox.store.subscribe(update),
    documents.status.store.subscribe(update),
  ];
  update();
  return () => {
    stops.forEach((stop) => stop());
    wanted = false;
    letGo?.();
  };
}

/** Whether any tab holds unsaved work; `true` when the browser cannot say (to be safe). */
export async function someTabHasUnsavedWork(locks: Locks | undefined): Promise<boolean> {
  if (!locks) return true;
  try {
    const { held = [] } = await locks.query();
    return held.some((lock) => lock.name === UNSAVED_LOCK);
  } catch {
    return true;
  }
}

export type UpdateHooks = {
  /** Starts the waiting version (tells it to take over); the page reloads once it has. */
  apply: () => void;
  /** Whether the new version was already waiting when this page loaded: this load is a reload. */
  waitingAtStart: Promise<boolean>;
  locks: Locks | undefined;
  reload: () => void;
};

/** What the app does when a new version is waiting, and when one has taken over. */
export function updatePolicy(documents: Documents, hooks: UpdateHooks) {
  let applying = false;
  const apply = () => {
    applying = true;
    hooks.apply();
  };
  return {
    /** A new version is installed and waiting. */
    async onNeedRefresh() {
      const reloaded = await hooks.waitingAtStart;
      const busy = documents.hasUnsaved() || (await someTabHasUnsavedWork(hooks.locks));
      // The student reloaded and nothing anywhere is unsaved: the reload brings the new version.
      if (reloaded && !busy) return apply();
      documents.status.notify({
        tone: 'info',
        message: busy
          ? 'A new version of Stack Sandbox is ready. Another Stack Sandbox tab (or this one) has changes not saved yet: let them save (or close that tab), then reload this page to start the new version.'
          : 'A new version of Stack Sandbox is ready. Your work is saved: reload this page when it suits you, and the new version starts.',
        action: { label: 'Start it now', run: apply },
      });
    },
    /** The new version has taken over: this tab reloads if it asked for it, else is told. */
    onNeedReload: () => {
      if (applying) return hooks.reload();
      documents.status.notify({
        tone: 'info',
        message:
          'Stack Sandbox was updated in another tab. Your work here is saved: reload this page to use the new version.',
        action: { label: 'Reload', run: hooks.reload },
      });
    },
  };
}
