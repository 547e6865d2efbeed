import { EMPTY_TEMPLATE, type Design } from '@/engine';
import { temporal } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDesignSlice, type History } from './designSlice';
import { createDragStore, type DragStore } from './dragStore';
import { createEventChannel, type EventChannel } from './events';
import { createReportCache, type ReportCache } from './reportCache';
import type { SandboxState } from './types';
import { createUiSlice } from './uiSlice';

/** One sandbox: its store, its undo history and its report cache. Tests make a fresh one each. */
export type Sandbox = {
  readonly store: StoreApi<SandboxState>;
  readonly history: History;
  readonly reports: ReportCache;
  readonly drag: DragStore;
  /** What happens once (reveal these blocks, a tile was let go): see ./events.ts. */
  readonly events: EventChannel;
};

/** Undo keeps this many steps; older ones are dropped. */
export const UNDO_LIMIT = 200;

export function createSandbox(initial: Design = EMPTY_TEMPLATE.design): Sandbox {
  const reports = createReportCache();
  const events = createEventChannel();
  // The history store exists only once `temporal` has run; the slice reads it lazily.
  const holder: { history?: History } = {};
  const store = createStore<SandboxState>()(
    temporal(
      (set, get) => ({
        ...createUiSlice(set, get, events),
        ...createDesignSlice(set, get, reports, () => holder.history as History, initial),
      }),
      {
        // Only the design is history: selection, mode and messages are not undo steps.
        partialize: (s) => ({ design: s.design }),
        equality: (a, b) => a.design === b.design,
        limit: UNDO_LIMIT,
      },
    ),
  );
  const history = (store as unknown as { temporal: History }).temporal;
  holder.history = history;
  return { store, history, reports, drag: createDragStore(), events };
}
