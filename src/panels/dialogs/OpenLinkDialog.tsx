import type { Design } from '@/engine';
import { useDocuments } from '@/persist/DocumentsContext';
import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';

/** A share link was opened: ask before switching; the student's own design is kept either way. */
export function OpenLinkDialog({ design, readOnly }: { design: Design; readOnly: boolean }) {
  const { store } = useSandboxApi();
  const documents = useDocuments();
  const current = useSandbox((s) => s.design.name);
  const close = store.getState().closeDialog;
  return (
    <Dialog title="Open the shared design?" onClose={close}>
      <p>
        The link holds <strong>“{design.name}”</strong> ({design.blocks.length} blocks
        {readOnly ? ', view only' : ''}). Your design “{current}” stays in My designs either way.
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            close();
            documents.openNew(
              design,
              readOnly
                ? `Opened “${design.name}” from a view-only link`
                : `Opened “${design.name}” from a link`,
              { readOnly },
            );
          }}
        >
          Open it{readOnly ? ' (view only)' : ''}
        </button>
        <button type="button" onClick={close}>
          Not now
        </button>
      </div>
    </Dialog>
  );
}
