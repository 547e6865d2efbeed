import { useSandboxApi } from '@/store/SandboxContext';
import { useEffect } from 'react';
import { useStore } from 'zustand';

/** How long the note stays, unless the next drag clears it first. */
const SHOWN_MS = 6000;

/**
 * A palette drop that landed on no block says so, where it landed: outside the canvas nothing
 * was added; on empty canvas the block stands alone and runs on nothing. A silent miss leaves a
 * student wondering why the stack did not grow.
 */
export function DropMiss() {
  const { drag } = useSandboxApi();
  const missed = useStore(drag, (s) => s.missed);
  useEffect(() => {
    if (!missed) return;
    const timer = setTimeout(() => drag.setState({ missed: undefined }), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [drag, missed]);
  if (!missed) return null;
  return (
    <div
      className="drop-miss"
      role="status"
      style={{
        left: Math.min(missed.x, window.innerWidth - 300),
        top: Math.max(8, missed.y - 64),
      }}
    >
      {missed.text}
    </div>
  );
}
