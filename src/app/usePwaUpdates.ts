import type { Documents } from '@/persist/documents';
import { useEffect } from 'react';

/**
 * Offline and updates: once loaded, the app works without a network (a service worker keeps the
 * build). A new version never swaps itself in under a student mid-edit: it announces itself, and
 * starts on the next reload when no tab holds unsaved work (see ./updatePolicy.ts). Loaded after
 * start, so it costs the first download nothing.
 */
export function usePwaUpdates(documents: Documents) {
  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    void import('./startPwa').then((m) => m.startPwa(documents));
  }, [documents]);
}
