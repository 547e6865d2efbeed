import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import { isTyping } from './isTyping';

/** Text selected on the page (a problem's message, say) is copied as text, not as blocks. */
const selectingText = () => !(window.getSelection()?.isCollapsed ?? true);

/**
 * Copy and paste through the system clipboard's own events (Ctrl+C / Ctrl+V, or the browser's
 * menu). Copying selected blocks puts a line of text on the clipboard, so the last thing copied
 * is what pastes; pasting a share link or a design's text — copied from a chat, an e-mail or a
 * course page — opens it the way a link or a file would. Anything else pastes the copied blocks.
 */
export function listenForClipboard(documents: Documents, sandbox: Sandbox): () => void {
  const onCopy = (e: ClipboardEvent) => {
    const s = sandbox.store.getState();
    if (s.dialog || isTyping(e.target) || selectingText() || s.selection.length === 0) return;
    s.copySelection(true);
    const copied = sandbox.store.getState().clipboard ?? [];
    e.clipboardData?.setData(
      'text/plain',
      `${copied.length} block${copied.length === 1 ? '' : 's'} copied in Stack Sandbox`,
    );
    e.preventDefault();
  };
  const onPaste = (e: ClipboardEvent) => {
    const s = sandbox.store.getState();
    if (s.dialog || isTyping(e.target)) return;
    e.preventDefault();
    const text = e.clipboardData?.getData('text/plain') ?? '';
    void import('./fileActions').then((m) => m.pasteText(documents, sandbox, text));
  };
  document.addEventListener('copy', onCopy);
  document.addEventListener('paste', onPaste);
  return () => {
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('paste', onPaste);
  };
}
