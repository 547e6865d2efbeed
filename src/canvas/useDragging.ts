import type { BlockBox, BlockId } from '@/engine';
import { useSandboxApi } from '@/store/SandboxContext';
import { useReactFlow } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { BlockDrag } from './blockDrag';
import type { BlockFlowNode } from './flowTypes';

/**
 * Dragging on the canvas: blocks onto blocks (./blockDrag.ts) and palette tiles onto the canvas
 * (./paletteDrops.ts). Their code loads right after the first screen is drawn — a block cannot
 * be dragged before there is one on screen — and reads the current layout when it runs.
 */
export function useDragging(
  resync: () => void,
  boxes: ReadonlyMap<BlockId, BlockBox>,
): Partial<BlockDrag> {
  const sandbox = useSandboxApi();
  const flow = useReactFlow<BlockFlowNode>();
  const view = useRef({ resync, boxes });
  useLayoutEffect(() => {
    view.current = { resync, boxes };
  }, [resync, boxes]);
  const [blockDrag, setBlockDrag] = useState<BlockDrag | undefined>(undefined);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    void Promise.all([import('./blockDrag'), import('./paletteDrops')]).then(([b, p]) => {
      if (!live) return;
      setBlockDrag(b.createBlockDrag(sandbox, flow, () => view.current));
      stop = p.listenForPaletteDrops(sandbox, flow, () => view.current.boxes);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [flow, sandbox]);
  return blockDrag ?? {};
}
