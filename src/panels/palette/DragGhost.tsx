import { useSandboxApi } from '@/store/SandboxContext';
import { KindIcon } from '@/ui/KindIcon';
import { useStore } from 'zustand';

/** The tile that follows the pointer while a palette block is dragged. */
export function DragGhost() {
  const palette = useStore(useSandboxApi().drag, (s) => s.palette);
  if (!palette) return null;
  return (
    <div
      className={`drag-ghost kind-${palette.kind}`}
      style={{ transform: `translate(${palette.x + 12}px, ${palette.y + 12}px)` }}
      aria-hidden="true"
    >
      <KindIcon kind={palette.kind} /> {palette.label}
    </div>
  );
}
