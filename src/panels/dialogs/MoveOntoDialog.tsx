import { KIND_LABELS, stackOf, type BlockId, type BlockKind } from '@/engine';
import { blockName, blockNameById } from '@/store/blockNames';
import { previewRehost } from '@/store/previewEdit';
import { useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import { useState } from 'react';
import './dialogs.css';

/** Kinds worth offering as hosts; anything else is always wrong and only clutters the list. */
const HOST_KINDS: Record<BlockKind, readonly BlockKind[]> = {
  hardware: [],
  os: ['hardware', 'hypervisor'],
  hypervisor: ['hardware', 'os'],
  engine: ['os'],
  library: ['engine', 'library', 'os'],
  app: ['library', 'engine', 'os'],
};
const MAX_CHECKED = 300;

/**
 * "Move onto…": re-host a block by keyboard. Lists every block it could run on, the legal ones
 * first; an illegal one says why (and is refused in Guided mode).
 */
export function MoveOntoDialog({ id }: { id: BlockId }) {
  const { store, reports } = useSandboxApi();
  const { design, mode, closeDialog, rehost } = store.getState();
  const [filter, setFilter] = useState('');
  const block = design.blocks.find((b) => b.id === id);
  // Checked once when the dialog opens: each candidate is a full "what if" evaluation.
  const [options] = useState(() => {
    if (!block) return [];
    const own = stackOf(design, id);
    return design.blocks
      .filter((b) => !own.has(b.id) && b.id !== block.on && HOST_KINDS[block.kind].includes(b.kind))
      .slice(0, MAX_CHECKED)
      .map((host) => {
        const problems = previewRehost(reports, design, id, host.id) ?? [];
        return { host, problem: problems[0]?.message };
      })
      .sort((a, b) => Number(a.problem !== undefined) - Number(b.problem !== undefined));
  });
  if (!block) return null;
  const shown = options.filter((o) =>
    blockName(o.host).toLowerCase().includes(filter.toLowerCase()),
  );
  return (
    <Dialog title={`Move ${blockName(block)} onto…`} onClose={closeDialog} className="dialog-wide">
      <p className="muted small">
        Now on:{' '}
        {block.on === undefined ? 'nothing (not installed)' : blockNameById(design, block.on)}.
        Everything on {blockName(block)} moves with it.
      </p>
      <label className="field">
        Filter
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      {shown.length === 0 && <p className="muted">No block to move onto.</p>}
      <ul className="move-options">
        {shown.map(({ host, problem }) => (
          <li key={host.id}>
            <button
              type="button"
              disabled={mode === 'guided' && problem !== undefined}
              onClick={() => {
                closeDialog();
                rehost(id, host.id);
              }}
            >
              <span className="move-host">
                {problem ? '✖' : '✔'} {blockName(host)}{' '}
                <span className="muted">({KIND_LABELS[host.kind]})</span>
              </span>
              {problem && <span className="move-why">{problem}</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={closeDialog}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
