import type { BlockId } from '@/engine';
import { useSandboxApi } from '@/store/SandboxContext';

/** Several blocks selected: how many, and what can be done with them all at once. */
export function ManySelected({ selection }: { selection: readonly BlockId[] }) {
  const { store } = useSandboxApi();
  return (
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
  );
}
