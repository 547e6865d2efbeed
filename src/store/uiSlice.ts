import { blocksToCopy, type BlockId } from '@/engine';
import type { StoreApi } from 'zustand';
import type { EventChannel } from './events';
import type { SandboxState, UiSlice } from './types';

type Set = StoreApi<SandboxState>['setState'];
type Get = StoreApi<SandboxState>['getState'];

export function createUiSlice(set: Set, get: Get, events: EventChannel): UiSlice {
  let seq = 0;
  return {
    selection: [],
    mode: 'free',
    theme: 'standard',
    focusCanvas: false,
    setFocusCanvas(focusCanvas) {
      set({ focusCanvas });
    },
    clipboard: undefined,
    announcement: { text: '', urgent: false, seq: 0 },
    refusal: undefined,
    dialog: undefined,
    openDialog(dialog) {
      set({ dialog });
    },
    closeDialog() {
      set({ dialog: undefined });
    },
    requestDelete(ids) {
      if (ids.length === 0) return;
      const doomed = new Set<string>(ids);
      const carries = get().design.blocks.some(
        (b) => b.on !== undefined && doomed.has(b.on) && !doomed.has(b.id),
      );
      if (carries) set({ dialog: { type: 'delete', ids } });
      else get().remove(ids, 'stack');
    },
    select(ids, options) {
      const same =
        ids.length === get().selection.length && ids.every((id, i) => get().selection[i] === id);
      if (!same) set({ selection: ids });
      if (options?.reveal || options?.focus)
        events.emit({ type: 'reveal', ids, focus: options.focus ?? false });
    },
    toggleSelected(id: BlockId) {
      const selection = get().selection;
      set({
        selection: selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id],
      });
    },
    selectAll() {
      set({ selection: get().design.blocks.map((b) => b.id) });
      const n = get().design.blocks.length;
      get().announce(n === 1 ? 'Selected the only block.' : `Selected all ${n} blocks.`);
    },
    copySelection(withStack) {
      const { design, selection } = get();
      if (selection.length === 0) return;
      const copied = blocksToCopy(design, selection, withStack);
      set({ clipboard: copied });
      get().announce(`Copied ${copied.length} block${copied.length === 1 ? '' : 's'}.`);
    },
    setMode(mode) {
      // An exercise may keep its mode (a teacher locks Guided for a class): the switch stays put.
      const ex = get().exercise;
      if (ex?.lockMode && mode !== (ex.mode ?? 'guided'))
        return get().announce('Your teacher locked the mode of this exercise.', true);
      set({ mode, refusal: undefined });
      get().announce(
        mode === 'guided'
          ? 'Guided mode: edits that would create an error are refused, with the reason.'
          : 'Free mode: anything can be built; problems are flagged.',
      );
    },
    setTheme(theme) {
      set({ theme });
    },
    announce(text, urgent = false) {
      set({ announcement: { text, urgent, seq: ++seq } });
    },
    dismissRefusal() {
      set({ refusal: undefined });
    },
  };
}
