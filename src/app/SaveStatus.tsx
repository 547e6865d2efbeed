import type { SaveState } from '@/persist/saveStatus';
import { usePersistStatus } from '@/persist/DocumentsContext';

const selectSave = (s: { save: SaveState }) => s.save;

function words(save: SaveState): { text: string; tone: 'ok' | 'busy' | 'bad' } {
  switch (save.state) {
    case 'idle':
      return { text: 'Not saved yet', tone: 'busy' };
    case 'saving':
      return { text: 'Saving…', tone: 'busy' };
    case 'saved':
      return { text: 'Saved', tone: 'ok' };
    case 'view-only':
      return { text: 'View only', tone: 'busy' };
    case 'conflict':
      return { text: 'Changed in another tab', tone: 'bad' };
    case 'failed':
      switch (save.failure) {
        case 'quota':
          return { text: 'Not saved: storage full', tone: 'bad' };
        case 'unavailable':
          return { text: 'Not saved in this browser', tone: 'bad' };
        case 'protected':
          return { text: 'Not saved: stored copy protected', tone: 'bad' };
        case 'invalid':
          return { text: 'Not saved: could not be checked', tone: 'bad' };
        case 'unknown':
          return { text: 'Not saved: the browser refused', tone: 'bad' };
      }
  }
}

/** Whether the design is safe in this browser, always in view. */
export function SaveStatus() {
  const save = usePersistStatus(selectSave);
  const { text, tone } = words(save);
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
