// The service worker's hooks, loaded after start.
import type { Documents } from '@/persist/documents';
import { registerSW } from 'virtual:pwa-register';
import { advertiseUnsavedWork, updatePolicy } from './updatePolicy';

export function startPwa(documents: Documents) {
  const locks = navigator.locks as LockManager | undefined;
  // Asked before registering: a version waiting already means this page load is a (re)start.
  const waitingAtStart = navigator.serviceWorker
    .getRegistration()
    .then((r) => Boolean(r?.waiting))
    .catch(() => false);
  advertiseUnsavedWork(documents, locks);
  const policy = updatePolicy(documents, {
    apply: () => void update(true),
    waitingAtStart,
    locks,
    reload: () => location.reload(),
  });
  const update = registerSW({
    onNeedRefresh: () => void policy.onNeedRefresh(),
    onNeedReload: policy.onNeedReload,
    onOfflineReady() {
      // News about the student's own work ("Opened …; your previous design is in My designs")
      // matters more than this: it is not pushed out by it.
      if (documents.status.store.getState().notices.length > 0) return;
      documents.status.notify(
        { tone: 'info', message: 'Stack Sandbox now works offline in this browser.' },
        8000,
      );
    },
  });
}
