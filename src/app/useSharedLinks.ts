import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import { useEffect } from 'react';

// Any version, so a link from a newer version is answered rather than ignored.
const LINK = /^#[dve]\d+\./;

/** Opens a share link found in the address (at start, or pasted into this tab later). */
export function useSharedLinks(documents: Documents, sandbox: Sandbox) {
  useEffect(() => {
    const handle = () => {
      const fragment = location.hash;
      if (!LINK.test(fragment)) return;
      history.replaceState(null, '', `${location.pathname}${location.search}`);
      void import('./openSharedLink').then((m) => m.openSharedLink(fragment, documents, sandbox));
    };
    handle();
    window.addEventListener('hashchange', handle);
    return () => window.removeEventListener('hashchange', handle);
  }, [documents, sandbox]);
}
