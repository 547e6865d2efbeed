import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import { useEffect, useState } from 'react';

/**
 * Listens to the page's keys, clipboard and file drops (their code loads after the first
 * screen). True while a file is dragged over the page.
 */
export function usePageInput(documents: Documents, sandbox: Sandbox): boolean {
  const [fileOver, setFileOver] = useState(false);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    void import('./pageInput').then((m) => {
      if (live) stop = m.listenToThePage(documents, sandbox, setFileOver);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [documents, sandbox]);
  return fileOver;
}
