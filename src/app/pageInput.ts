// The page's keyboard shortcuts, clipboard and file drops. They load right after the first
// screen is drawn: nothing can be typed, pasted or dropped before there is a page to do it on.
import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import { listenForClipboard } from './clipboard';
import { listenForFileDrops } from './fileDrop';
import { listenForShortcuts } from './shortcuts';

export function listenToThePage(
  documents: Documents,
  sandbox: Sandbox,
  setFileOver: (over: boolean) => void,
): () => void {
  const stops = [
    listenForShortcuts(sandbox),
    listenForClipboard(documents, sandbox),
    listenForFileDrops(documents, setFileOver),
  ];
  return () => stops.forEach((stop) => stop());
}
