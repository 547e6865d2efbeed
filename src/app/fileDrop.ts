import type { Documents } from '@/persist/documents';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/**
 * A design file dropped anywhere on the page opens as a design of its own; `setOver` says while
 * one is dragged over the page.
 */
export function listenForFileDrops(
  documents: Documents,
  setOver: (over: boolean) => void,
): () => void {
  const onOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setOver(true);
  };
  const onLeave = (e: DragEvent) => {
    if (e.relatedTarget === null) setOver(false);
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer?.files[0];
    if (file) void import('./fileActions').then((a) => a.openDesignFile(documents, file));
  };
  window.addEventListener('dragover', onOver);
  window.addEventListener('dragleave', onLeave);
  window.addEventListener('drop', onDrop);
  return () => {
    window.removeEventListener('dragover', onOver);
    window.removeEventListener('dragleave', onLeave);
    window.removeEventListener('drop', onDrop);
  };
}
