import { usePersistStatus } from '@/persist/DocumentsContext';
import type { PersistStatus } from '@/persist/saveStatus';
import { useSandbox } from '@/store/SandboxContext';

const selectNeeds = (s: PersistStatus) =>
  s.notices.length > 0 ||
  s.save.state === 'conflict' ||
  (s.save.state === 'failed' && s.save.failure !== 'unavailable');

/** Whether anything about the student's work needs a banner (then the banners load). */
export function useNeedsBanner(): boolean {
  const persist = usePersistStatus(selectNeeds);
  const readOnly = useSandbox((s) => s.readOnly);
  return persist || readOnly;
}
