import { stackOf, type BlockId } from '@/engine';
import { blockNameById } from '@/store/blockNames';
import { useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';

/** Deleting a block that carries others: take them along, or keep them on the block below. */
export function DeleteDialog({ ids }: { ids: readonly BlockId[] }) {
  const { store } = useSandboxApi();
  const { design, closeDialog, remove } = store.getState();
  const above = new Set<string>();
  for (const id of ids) for (const s of stackOf(design, id)) if (!ids.includes(s)) above.add(s);
  const what = ids.length === 1 ? blockNameById(design, ids[0] as string) : `${ids.length} blocks`;
  const done = (how: 'stack' | 'lift') => {
    closeDialog();
    remove(ids, how);
  };
  return (
    <Dialog title={`Delete ${what}?`} onClose={closeDialog}>
      <p>
        {above.size} block{above.size === 1 ? '' : 's'} run{above.size === 1 ? 's' : ''} on {what}.
        What should happen to {above.size === 1 ? 'it' : 'them'}?
      </p>
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => done('stack')}>
          Delete {what} and everything on it
        </button>
        <button type="button" onClick={() => done('lift')}>
          Delete only {what}; keep the rest
        </button>
        <button type="button" onClick={closeDialog}>
          Cancel
        </button>
      </div>
      <p className="muted small">Either way, Undo (Ctrl+Z) brings it back.</p>
    </Dialog>
  );
}
