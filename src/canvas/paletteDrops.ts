import { LAYOUT, type BlockBox, type BlockId, type Diagnostic } from '@/engine';
import { previewAdd } from '@/store/previewEdit';
import type { PaletteDrag } from '@/store/dragStore';
import type { Sandbox } from '@/store/sandboxStore';
import type { ReactFlowInstance } from '@xyflow/react';
import { edgePanSpeed } from './edgePan';
import { buildNote, dropVerdict } from './dropVerdict';
import type { BlockFlowNode } from './flowTypes';
import { flowPointConverter } from './flowPoint';
import { blockAtPoint, isOverCanvas } from './hitTest';

/**
 * The canvas's half of dragging a palette tile (the palette reports the pointer through the
 * drag store): while it moves, the block under it shows whether the drop would be legal; held
 * near an edge of the canvas, the canvas scrolls that way (as diagram tools do), so a stack that
 * grew out of view can still be reached; when it is released over the canvas, the variant is
 * added onto that block, or alone where it fell — and a drop that landed on no block says so.
 */
export function listenForPaletteDrops(
  { store, reports, drag, events }: Sandbox,
  flow: ReactFlowInstance<BlockFlowNode>,
  layout: () => ReadonlyMap<BlockId, BlockBox>,
): () => void {
  let verdicts = new Map<string, Diagnostic[]>();
  let lastVariant = '';
  // Read once per drag: where the pane is, and how to turn client points into flow points.
  let pane:
    { rect: DOMRect; toFlow: ReturnType<typeof flowPointConverter>; armed: boolean } | undefined;
  let frame: number | undefined;

  const hover = (p: PaletteDrag) => {
    if (!pane) return;
    const { rect } = pane;
    const inside = p.x >= rect.left && p.x <= rect.right && p.y >= rect.top && p.y <= rect.bottom;
    const target = inside ? blockAtPoint(layout(), pane.toFlow(p), flow.getZoom()) : undefined;
    if (target === drag.getState().target?.id) return;
    if (target === undefined) return drag.setState({ target: undefined });
    if (!verdicts.has(target)) {
      verdicts.set(target, previewAdd(reports, store.getState().design, p.kind, p.variant, target));
    }
    const cpu = reports.get(store.getState().design).blocks.get(target)?.cpu;
    drag.setState({ target: dropVerdict(target, verdicts.get(target), buildNote(p, cpu)) });
  };

  // While the pointer rests near an edge, scroll a little every frame and look again.
  const pan = () => {
    frame = undefined;
    const p = drag.getState().palette;
    if (!p || !pane?.armed) return;
    const [dx, dy] = edgePanSpeed(p, pane.rect);
    if (dx === 0 && dy === 0) return;
    const { x, y, zoom } = flow.getViewport();
    void flow.setViewport({ x: x + dx, y: y + dy, zoom });
    hover(p);
    frame = requestAnimationFrame(pan);
  };

  const stop = drag.subscribe((state, previous) => {
    const p = state.palette;
    if (!p) pane = undefined;
    if (p && p !== previous.palette) {
      if (!pane) {
        const el = document.querySelector('.canvas .react-flow');
        pane = {
          rect: el?.getBoundingClientRect() ?? new DOMRect(),
          toFlow: flowPointConverter(el, flow.getViewport),
          armed: false,
        };
        // A new drag: what was legal where may have changed since the last one.
        verdicts = new Map();
        drag.setState({ missed: undefined });
      }
      if (`${p.kind}/${p.variant}` !== lastVariant) {
        verdicts = new Map();
        lastVariant = `${p.kind}/${p.variant}`;
      }
      // Scrolling starts only once the pointer has been well inside the canvas: crossing the
      // edge on the way in from the palette must not scroll the canvas away.
      const [dx, dy] = edgePanSpeed(p, pane.rect);
      const inside = pane.rect.width > 0 && isInside(p, pane.rect);
      if (inside && dx === 0 && dy === 0) pane.armed = true;
      if (pane.armed && (dx !== 0 || dy !== 0) && frame === undefined)
        frame = requestAnimationFrame(pan);
      hover(p);
    }
  });
  const stopDrops = events.on('palette-drop', ({ drop: dropped }) => {
    drag.setState({ target: undefined, palette: undefined });
    if (!isOverCanvas(dropped.x, dropped.y)) {
      drag.setState({
        missed: {
          x: dropped.x,
          y: dropped.y,
          text: `${dropped.label} was not added: it was dropped outside the canvas.`,
        },
      });
      return;
    }
    const at = flow.screenToFlowPosition({ x: dropped.x, y: dropped.y });
    const on = blockAtPoint(layout(), at, flow.getZoom());
    const done = store.getState().addVariant(
      dropped.kind,
      dropped.variant,
      on !== undefined
        ? { on }
        : {
            at: {
              x: Math.round(at.x - LAYOUT.leafWidth / 2),
              y: Math.round(at.y - LAYOUT.blockHeight / 2),
            },
          },
    );
    if (on === undefined && done.ok && dropped.kind !== 'hardware') {
      drag.setState({
        missed: {
          x: dropped.x,
          y: dropped.y,
          text: `${dropped.label} landed on empty canvas, so it runs on nothing yet. Drag it onto the block it should run on.`,
        },
      });
    }
  });
  return () => {
    stop();
    stopDrops();
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}

function isInside(p: { x: number; y: number }, r: DOMRect) {
  return p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;
}
