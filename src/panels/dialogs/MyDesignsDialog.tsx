import { countOf, cutText, DESIGN_LIMITS } from '@/engine';
import { isolate } from '@/engine/parse/isolate';
import type { LibraryEntry } from '@/persist/designLibrary';
import { useDocuments } from '@/persist/DocumentsContext';
import { downloadText } from '@/persist/files';
import { duplicateDesign, listDesigns, removeDesign, renameDesign } from '@/persist/libraryActions';
import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import { useState } from 'react';
import { openSaved } from '@/persist/opening';
import './dialogs.css';

function ago(ms: number, now: number): string {
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  return new Date(ms).toLocaleDateString();
}

function Row({
  entry,
  current,
  now,
  refresh,
}: {
  entry: LibraryEntry;
  current: string;
  now: number;
  refresh: () => void;
}) {
  const documents = useDocuments();
  const { store } = useSandboxApi();
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  const remove = () => {
    const name = entry.ok ? entry.envelope.design.name : 'the unreadable design';
    const undo = removeDesign(documents, entry.id);
    documents.status.notify({
      tone: 'info',
      message: `Deleted “${isolate(name)}”.`,
      action: { label: 'Undo', run: undo },
    });
    refresh();
  };
  if (!entry.ok) {
    return (
      <li className="design-row is-unreadable">
        <span className="design-name-cell">Cannot be opened here: {entry.message}</span>
        <button
          type="button"
          onClick={() => downloadText(`unreadable-design-${entry.id}.json`, entry.raw)}
        >
          Download it
        </button>
        <button type="button" className="danger" onClick={remove}>
          Delete
        </button>
      </li>
    );
  }
  const { design, savedAt } = entry.envelope;
  const isOpen = entry.id === current;
  return (
    <li className={`design-row${isOpen ? ' is-open' : ''}`}>
      {renaming === undefined ? (
        <span className="design-name-cell">
          <strong>
            <bdi>{design.name}</bdi>
          </strong>{' '}
          <span className="muted small">
            · {countOf(design.blocks.length, 'block')} · saved {ago(savedAt, now)}
            {isOpen ? ' · open now' : ''}
            {entry.repairs.length > 0 ? ' · partly damaged: opens as a repaired copy' : ''}
          </span>
        </span>
      ) : (
        <input
          aria-label={`New name for ${design.name}`}
          value={renaming}
          dir="auto"
          autoFocus
          onChange={(e) => setRenaming(cutText(e.target.value, DESIGN_LIMITS.maxLabel))}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && renaming.trim()) {
              renameDesign(documents, entry.id, renaming.trim());
              setRenaming(undefined);
              refresh();
            } else if (e.key === 'Escape') {
              e.stopPropagation();
              setRenaming(undefined);
            }
          }}
        />
      )}
      <button
        type="button"
        disabled={isOpen}
        onClick={() => {
          store.getState().closeDialog();
          openSaved(documents, entry.id);
        }}
      >
        Open
      </button>
      <button
        type="button"
        onClick={() => setRenaming(design.name)}
        aria-label={`Rename ${design.name}`}
      >
        Rename
      </button>
      <button
        type="button"
        onClick={() => {
          if (!duplicateDesign(documents, entry.id))
            documents.status.notify({
              tone: 'error',
              message: `“${isolate(design.name)}” could not be copied: this browser’s storage is full or blocked.`,
            });
          refresh();
        }}
        aria-label={`Duplicate ${design.name}`}
      >
        Duplicate
      </button>
      <button
        type="button"
        className="danger"
        onClick={remove}
        aria-label={`Delete ${design.name}`}
      >
        Delete
      </button>
    </li>
  );
}

/** One design per exercise: every design kept in this browser. */
export function MyDesignsDialog() {
  const documents = useDocuments();
  const { store } = useSandboxApi();
  const current = useSandbox((s) => s.documentId);
  const [version, setVersion] = useState(0);
  const [now] = useState(() => Date.now());
  const entries = listDesigns(documents.library);
  void version;
  return (
    <Dialog title="My designs" onClose={store.getState().closeDialog} className="dialog-wide">
      {!documents.library.storage.available && (
        <p className="banner is-warning">
          This browser does not let Stack Sandbox keep designs. Save your work as files.
        </p>
      )}
      {entries.length === 0 ? (
        <p className="muted">
          Nothing saved yet: designs appear here as soon as you change something.
        </p>
      ) : (
        <ul className="design-list">
          {entries.map((entry) => (
            <Row
              key={entry.id}
              entry={entry}
              current={current}
              now={now}
              refresh={() => setVersion((v) => v + 1)}
            />
          ))}
        </ul>
      )}
      <p className="muted small">
        Designs are kept in this browser only. Save a file now and then (File ▸ Save as a file) to
        keep a copy of your own.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={store.getState().closeDialog}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
