import { formatCount, LINK_TIERS, type EncodedLink } from '@/engine';
import { useDocuments } from '@/persist/DocumentsContext';
import { downloadText } from '@/persist/files';
import { useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import { useEffect, useState } from 'react';
import './dialogs.css';

type DesignLink = 'edit' | 'view';

function LinkField({ kind, link }: { kind: DesignLink; link: EncodedLink | undefined }) {
  const [copied, setCopied] = useState(false);
  if (!link) return <p className="muted">Making the link…</p>;
  if (!link.ok) return <p className="banner is-warning">{link.message}</p>;
  const url = `${location.origin}${location.pathname}${link.fragment}`;
  // What travels is the whole address, not only the part after #: count and judge all of it.
  const says = LINK_TIERS.find((t) => url.length <= t.upTo)?.says ?? 'too long for most chats';
  const label =
    kind === 'edit'
      ? 'Link to an editable copy'
      : 'View-only link (for showing a design to a class)';
  return (
    <div className="share-link">
      <label className="field">
        {label}
        <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p className="small">
        {formatCount(url.length)} characters — {says}.{' '}
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? 'Copied ✔' : 'Copy'}
        </button>
      </p>
    </div>
  );
}

/**
 * Share by link: the whole design is packed into the link's fragment (after #), which browsers
 * never send to any server. Too big for a link: offered as a file instead.
 */
export function ShareDialog() {
  const { store } = useSandboxApi();
  const documents = useDocuments();
  const [links, setLinks] = useState<Record<DesignLink, EncodedLink> | undefined>(undefined);
  useEffect(() => {
    const design = store.getState().design;
    void import('@/engine/link/shareLink').then(({ encodeShareLink }) =>
      setLinks({ edit: encodeShareLink(design, 'edit'), view: encodeShareLink(design, 'view') }),
    );
  }, [store]);
  return (
    <Dialog title="Share a link" onClose={store.getState().closeDialog} className="dialog-wide">
      <p className="small muted">
        The design travels inside the link itself — nothing is uploaded anywhere. Anyone with the
        link can see the design. Opening it never replaces the receiver’s own work.
      </p>
      <LinkField kind="edit" link={links?.edit} />
      <LinkField kind="view" link={links?.view} />
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            const { fileName, text } = documents.backup();
            downloadText(fileName, text);
          }}
        >
          Save as a file instead
        </button>
        <button type="button" onClick={store.getState().closeDialog}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
