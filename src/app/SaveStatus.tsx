import type { SaveState } from '@/persist/saveStatus';
import { usePersistStatus } from '@/persist/DocumentsContext';

const selectSave = (s: { save: SaveState }) => s.save;

type Key =
  Exclude<SaveState['state'], 'failed'> | Extract<SaveState, { state: 'failed' }>['failure'];

/** What the top bar says, for every state and every reason a save failed (all of them). */
const WORDS: Record<Key, [text: string, tone: 'ok' | 'busy' | 'bad']> = {
  idle: ['Not saved yet', 'busy'],
  saving: ['Saving…', 'busy'],
  saved: ['Saved', 'ok'],
  'view-only': ['View only', 'busy'],
  conflict: ['Changed in another tab', 'bad'],
  quota: ['Not saved: storage full', 'bad'],
  unavailable: ['Not saved in this browser', 'bad'],
  protected: ['Not saved: copy protected', 'bad'],
  invalid: ['Not saved: check failed', 'bad'],
  unknown: ['Not saved: browser refused', 'bad'],
};

/** Whether the design is safe in this browser, always in view. */
export function SaveStatus() {
  const save = usePersistStatus(selectSave);
  const [text, tone] = WORDS[save.state === 'failed' ? save.failure : save.state];
  return (
    <span
      className={`save-status is-${tone}`}
      data-save-state={save.state}
      data-save-error={save.state === 'failed' ? save.failure : undefined}
    >
      <span aria-hidden="true">{tone === 'ok' ? '✔ ' : tone === 'bad' ? '✖ ' : ''}</span>
      {text}
    </span>
  );
}
