import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import type { SandboxState } from '@/store/types';
import { lazy, Suspense, useCallback } from 'react';

const selectSelection = (s: SandboxState) => s.selection;

// The editor for one block loads on first selection: it is not needed to look at a design.
const BlockDetails = lazy(() =>
  import('./BlockDetails').then((m) => ({ default: m.BlockDetails })),
);

/** The selected block: what it is, where its numbers come from, and every figure, editable. */
export function Inspector() {
  const selection = useSandbox(selectSelection);
  const only = selection.length === 1 ? selection[0] : undefined;
  const block = useSandbox(
    useCallback(
      (s) => (only === undefined ? undefined : s.design.blocks.find((b) => b.id === only)),
      [only],
    ),
  );
  const { store } = useSandboxApi();
  return (
    <section className="panel inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading" className="panel-title">
        Inspector
      </h2>
      {selection.length === 0 && (
        <p className="muted">Select a block to see what it is and change its figures.</p>
      )}
      {selection.length > 1 && (
        <>
          <p>{selection.length} blocks selected.</p>
          <div className="inspector-actions">
            <button type="button" onClick={() => store.getState().duplicate(selection, true)}>
              Duplicate with stacks
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => store.getState().requestDelete(selection)}
            >
              Delete…
            </button>
          </div>
        </>
      )}
      {block && (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <BlockDetails block={block} />
        </Suspense>
      )}
    </section>
  );
}
