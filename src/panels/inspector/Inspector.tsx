import { useSandbox } from '@/store/SandboxContext';
import type { SandboxState } from '@/store/types';
import { lazy, Suspense, useCallback } from 'react';
import './inspector.css';

const selectSelection = (s: SandboxState) => s.selection;

// The editor for one block loads on first selection: it is not needed to look at a design.
const BlockDetails = lazy(() =>
  import('./BlockDetails').then((m) => ({ default: m.BlockDetails })),
);
// And what can be done with several blocks, on first selecting several.
const ManySelected = lazy(() =>
  import('./ManySelected').then((m) => ({ default: m.ManySelected })),
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
  return (
    <section className="panel inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading" className="panel-title">
        Inspector
      </h2>
      {selection.length === 0 && (
        <p className="muted">Select a block to see what it is and change its figures.</p>
      )}
      {selection.length > 1 && (
        <Suspense fallback={null}>
          <ManySelected selection={selection} />
        </Suspense>
      )}
      {block && (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <BlockDetails block={block} />
        </Suspense>
      )}
    </section>
  );
}
