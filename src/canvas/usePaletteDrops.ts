import { LAYOUT, type BlockBox, type BlockId, type Diagnostic } from '@/engine';
import { previewAdd } from '@/store/previewEdit';
import { useSandboxApi } from '@/store/SandboxContext';
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { dropVerdict } from './dropVerdict';
import type { BlockFlowNode } from './flowTypes';
import { flowPointConverter } from './flowPoint';
import { blockAtPoint, isOverCanvas } from './hitTest';

/**
 * The canvas's half of dragging a palette tile (the palette reports the pointer through the
 * drag store): while it moves, the block under it shows whether the drop would be legal; when
 * it is released over the canvas, the variant is added onto that block, or alone where it fell.
 */
export function usePaletteDrops(boxes: ReadonlyMap<BlockId, BlockBox>) {
  const { store, reports, drag } = useSandboxApi();
  const flow = useReactFlow<BlockFlowNode>();

  useEffect(() => {
    let verdicts = new Map<string, Diagnostic[]>();
    let lastVariant = '';
    // Read once per drag: where the pane is, and how to turn client points into flow points.
    let pane: { rect: DOMRect; toFlow: ReturnType<typeof flowPointConverter> } | undefined;
    return drag.subscribe((state, previous) => {
      const p = state.palette;
      if (!p) pane = undefined;
      if (p && p !== previous.palette) {
        if (!pane) {
          const el = document.querySelector('.canvas .react-flow');
          pane = {
            rect: el?.getBoundingClientRect() ?? new DOMRect(),
            toFlow: flowPointConverter(el, flow.getViewport),
          };
        }
        if (`${p.kind}/${p.variant}` !== lastVariant) {
          verdicts = new Map();
          lastVariant = `${p.kind}/${p.variant}`;
        }
        const { rect } = pane;
        const inside =
          p.x >= rect.left && p.x <= rect.right && p.y >= rect.top && p.y <= rect.bottom;
        const target = inside ? blockAtPoint(boxes, pane.toFlow(p), flow.getZoom()) : undefined;
        if (target === state.target?.id) return;
        if (target === undefined) return drag.setState({ target: undefined });
        if (!verdicts.has(target)) {
          verdicts.set(
            target,
            previewAdd(reports, store.getState().design, p.kind, p.variant, target),
          );
        }
        drag.setState({ target: dropVerdict(target, verdicts.get(target)) });
      }
      const dropped = state.dropped;
      if (dropped && dropped !== previous.dropped) {
        drag.setState({ dropped: undefined, target: undefined, palette: undefined });
        if (!isOverCanvas(dropped.x, dropped.y)) return;
        const at = flow.screenToFlowPosition({ x: dropped.x, y: dropped.y });
        const on = blockAtPoint(boxes, at, flow.getZoom());
        store.getState().addVariant(
          dropped.kind,
          dropped.variant,
          on !== undefined
            ? { on: on as BlockId }
            : {
                at: {
                  x: Math.round(at.x - LAYOUT.leafWidth / 2),
                  y: Math.round(at.y - LAYOUT.blockHeight / 2),
                },
              },
        );
      }
    });
  }, [boxes, drag, flow, reports, store]);
}
