import { neighbour, type Direction } from '@/store/navigate';
import type { Sandbox } from '@/store/sandboxStore';
import { isTyping } from './isTyping';

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * Arrow keys walk the stacks when the keyboard is on the canvas — or on nothing at all, which
 * happens for a moment while focus moves from one block to the next.
 */
function onCanvas(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !el || el === document.body || !!el.closest?.('.canvas');
}

/** The usual editing shortcuts, for the whole page (not while typing, not under a dialog). */
export function listenForShortcuts(sandbox: Sandbox): () => void {
  const onKey = (e: KeyboardEvent) => {
    const s = sandbox.store.getState();
    // During a build-up the presenter bar has the keys (see PresenterBar).
    if (s.dialog || s.presentation || isTyping(e.target) || e.defaultPrevented) return;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    let handled = true;
    const direction = ARROWS[e.key];
    if (direction && !mod && !e.altKey && onCanvas(e.target)) {
      const current = s.selection[s.selection.length - 1];
      const next =
        current === undefined ? s.design.blocks[0]?.id : neighbour(s.design, current, direction);
      if (next !== undefined) s.select([next], { focus: true });
    } else if (mod && key === 'z') (e.shiftKey ? s.redo : s.undo)();
    else if (mod && key === 'y') s.redo();
    else if (mod && key === 'a') s.selectAll();
    // Ctrl+C and Ctrl+V go through the clipboard's own events: see useClipboard.
    else if (mod && key === 'd') s.duplicate(s.selection, true);
    else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) s.requestDelete(s.selection);
    else if (!mod && e.key === 'Escape') s.select([]);
    else if (!mod && e.key === '?') s.openDialog({ type: 'shortcuts' });
    else if (!mod && key === 'm' && s.selection.length === 1)
      s.openDialog({ type: 'move-onto', id: s.selection[0]! });
    else handled = false;
    if (handled) e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
