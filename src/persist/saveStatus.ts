import { createStore } from 'zustand/vanilla';
import type * as Notices from './notices';

/** What the top bar says about saving. */
export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; failure: 'quota' | 'unavailable' | 'unknown' | 'invalid' | 'protected' }
  | { state: 'conflict' }
  | { state: 'view-only' };

/** A message for the student that stays until dismissed (a damaged link, an unreadable save…). */
export type Notice = {
  id: number;
  tone: 'info' | 'warning' | 'error';
  message: string;
  /** Something the student can take away: the unreadable save, or a backup. */
  download?: { fileName: string; text: string };
  /** One thing the student can do about it (Undo a delete, say). */
  action?: { label: string; run: () => void };
};

export type PersistStatus = { save: SaveState; notices: readonly Notice[] };

export function createStatusStore() {
  let seq = 0;
  const store = createStore<PersistStatus>()(() => ({ save: { state: 'idle' }, notices: [] }));
  const dismiss = (id: number) =>
    store.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  // News that asks nothing of the student ("Opened …", "Works offline now").
  const plain = (n: Omit<Notice, 'id'>) => n.tone === 'info' && !n.download && !n.action;
  /**
   * Shows a message until dismissed. `fadeAfterMs` is only for news that asks nothing of the
   * student (such as "works offline now"): anything with a download or an action stays.
   */
  function notify(notice: Omit<Notice, 'id'>, fadeAfterMs?: number) {
    const id = ++seq;
    // News that asks nothing of the student replaces the previous such news, so a few quick
    // steps (a template, then another) do not stack up a wall of messages.
    store.setState((s) => ({
      notices: [...s.notices.filter((n) => !(plain(notice) && plain(n))), { ...notice, id }],
    }));
    if (fadeAfterMs !== undefined && !notice.download && !notice.action)
      setTimeout(() => dismiss(id), fadeAfterMs);
    return id;
  }
  return {
    store,
    setSave(save: SaveState) {
      store.setState({ save });
    },
    notify,
    /** Tells something rare, in words that load on demand (./notices.ts). */
    tell(make: (notices: typeof Notices) => Omit<Notice, 'id'>) {
      void import('./notices').then((m) => notify(make(m)));
    },
    dismiss,
    /** Drops the news: it was about a design that is no longer the one open. */
    forgetNews() {
      store.setState((s) => ({ notices: s.notices.filter((n) => !plain(n)) }));
    },
  };
}
