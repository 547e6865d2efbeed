// The service worker's hooks, loaded after start.
import type { Documents } from '@/persist/documents';
import { registerSW } from 'virtual:pwa-register';

export function startPwa(documents: Documents) {
  const update = registerSW({
    onNeedRefresh() {
      documents.status.notify({
        tone: 'info',
        message:
          'A new version of Stack Sandbox is ready. Your work is saved; reload when it suits you.',
        action: { label: 'Reload now', run: () => void update(true) },
      });
    },
    onOfflineReady() {
      documents.status.notify(
        { tone: 'info', message: 'Stack Sandbox now works offline in this browser.' },
        8000,
      );
    },
  });
}
