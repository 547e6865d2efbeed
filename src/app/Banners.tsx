import { useDocuments, usePersistStatus } from '@/persist/DocumentsContext';
import { downloadText } from '@/persist/files';
import type { PersistStatus } from '@/persist/saveStatus';
import { useSandbox } from '@/store/SandboxContext';
import { openNew, resolveConflict } from '@/persist/opening';
import '@/ui/banner.css';

const selectSave = (s: PersistStatus) => s.save;
const selectNotices = (s: PersistStatus) => s.notices;

/**
 * Everything that needs the student's attention about their work: a save that failed (with a
 * backup to download), another tab's changes, a view-only design, and messages from opening
 * files and links. Each stays until dealt with.
 */
export function Banners() {
  const documents = useDocuments();
  const save = usePersistStatus(selectSave);
  const notices = usePersistStatus(selectNotices);
  const readOnly = useSandbox((s) => s.readOnly);
  const backup = () => {
    const { fileName, text } = documents.backup();
    downloadText(fileName, text);
  };
  return (
    <div className="banners">
      {save.state === 'failed' && save.failure === 'quota' && (
        <div className="banner is-error" role="alert">
          <span>
            Your latest changes are not saved: this browser’s storage is full. Download a backup
            now; deleting old designs in My designs makes room.
          </span>
          <button type="button" onClick={backup}>
            Download backup
          </button>
        </div>
      )}
      {save.state === 'failed' &&
        (save.failure === 'invalid' ||
          save.failure === 'unknown' ||
          save.failure === 'protected') && (
          <div className="banner is-error" role="alert">
            <span>
              Your latest changes could not be saved in this browser:{' '}
              {save.failure === 'protected'
                ? 'the copy stored here was written by a newer version or is damaged, and is never written over. Reload to update; when you open another design or leave, your version is kept as a copy of its own.'
                : `${save.failure === 'invalid' ? 'the design could not be checked before saving' : 'the browser refused to store them'}. Each change tries again.`}{' '}
              Download a backup to be safe.
            </span>
            <button type="button" onClick={backup}>
              Download backup
            </button>
          </div>
        )}
      {save.state === 'conflict' && (
        <div className="banner is-warning" role="alert">
          <span>
            This design was changed in another tab since you opened it here. Nothing has been
            overwritten.
          </span>
          <button type="button" onClick={() => resolveConflict(documents, 'theirs')}>
            Use the other tab’s version
          </button>
          <button type="button" onClick={() => resolveConflict(documents, 'mine')}>
            Keep mine as a new design
          </button>
        </div>
      )}
      {readOnly && (
        <div className="banner is-info">
          <span>You are viewing a shared design: it cannot be changed here.</span>
          <button
            type="button"
            onClick={() =>
              openNew(
                documents,
                documents.backupDesign(),
                'Made an editable copy of the shared design',
              )
            }
          >
            Make an editable copy
          </button>
        </div>
      )}
      {notices.map((n) => (
        <div
          key={n.id}
          className={`banner is-${n.tone}`}
          role={n.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{n.message}</span>
          {n.download && (
            <button
              type="button"
              onClick={() => downloadText(n.download!.fileName, n.download!.text)}
            >
              Download it
            </button>
          )}
          {n.action && (
            <button
              type="button"
              onClick={() => {
                n.action!.run();
                documents.status.dismiss(n.id);
              }}
            >
              {n.action.label}
            </button>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() => documents.status.dismiss(n.id)}
            aria-label="Dismiss this message"
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
