import { stackOf, type BlockBox, type BlockId, type Diagnostic } from '@/engine';
import { previewRehost } from '@/store/previewEdit';
import type { Sandbox } from '@/store/sandboxStore';
import type { OnNodeDrag, ReactFlowInstance } from '@xyflow/react';
import { buildNote, clientPoint, dropVerdict } from './dropVerdict';
import { flowPointConverter } from './flowPoint';
import type { BlockFlowNode } from './flowTypes';
import { blockAtPoint } from './hitTest';
import { throttledTarget } from './throttledTarget';

/** A block dropped less than this far from where it was (screen pixels) just snaps back. */
const DETACH_DISTANCE = 40;

/** React Flow's three drag callbacks for blocks. */
export type BlockDrag = {
  onNodeDragStart: OnNodeDrag<BlockFlowNode>;
  onNodeDrag: OnNodeDrag<BlockFlowNode>;
  onNodeDragStop: OnNodeDrag<BlockFlowNode>;
};

type Session = {
  id: BlockId;
  exclude: Set<string>;
  verdicts: Map<string, Diagnostic[] | undefined>;
  target: string | undefined;
  start: { x: number; y: number };
  toFlow: (p: { x: number; y: number }) => { x: number; y: number };
};

/**
 * Dragging a block on the canvas: over another block it shows whether it may stack there (and
 * why not); dropped there it re-hosts, with its whole stack. Dropped on empty canvas, a stack's
 * bottom block moves the stack and any other block detaches and stands alone. Only the drop
 * touches the design — one drag is one undo step, and nothing is evaluated while moving.
 */
export function createBlockDrag(
  { store, reports, drag }: Sandbox,
  flow: ReactFlowInstance<BlockFlowNode>,
  view: () => { boxes: ReadonlyMap<BlockId, BlockBox>; resync: () => void },
): BlockDrag {
  let session: Session | undefined;
  const feedback = throttledTarget(drag);

  const onNodeDragStart: OnNodeDrag<BlockFlowNode> = (event, node) => {
    const design = store.getState().design;
    session = {
      id: node.id as BlockId,
      exclude: new Set<string>(stackOf(design, node.id as BlockId)),
      verdicts: new Map(),
      target: undefined,
      start: clientPoint(event),
      toFlow: flowPointConverter(document.querySelector('.canvas .react-flow'), flow.getViewport),
    };
  };

  const onNodeDrag: OnNodeDrag<BlockFlowNode> = (event, _node, dragged) => {
    const s = session;
    if (!s || dragged.length > 1) return;
    const target = blockAtPoint(
      view().boxes,
      s.toFlow(clientPoint(event)),
      flow.getZoom(),
      s.exclude,
    );
    if (target === s.target) return;
    s.target = target;
    if (target === undefined) return feedback.set(undefined);
    if (!s.verdicts.has(target)) {
      s.verdicts.set(target, previewRehost(reports, store.getState().design, s.id, target));
    }
    const design = store.getState().design;
    const moved = design.blocks.find((b) => b.id === s.id);
    const cpu = reports.get(design).blocks.get(target)?.cpu;
    feedback.set(dropVerdict(target, s.verdicts.get(target), moved && buildNote(moved, cpu)));
  };

  const onNodeDragStop: OnNodeDrag<BlockFlowNode> = (event, node, dragged) => {
    const s = session;
    session = undefined;
    feedback.clear();
    const state = store.getState();
    const blockOf = (id: string) => state.design.blocks.find((b) => b.id === id);
    if (dragged.length > 1) {
      // Several selected blocks moved together: move the stacks whose bottom block was among them.
      const moves = dragged
        .filter((n) => blockOf(n.id)?.on === undefined)
        .map((n) => ({ id: n.id as BlockId, at: n.position }));
      if (moves.length > 0) state.moveStacks(moves);
    } else if (s) {
      const block = blockOf(node.id);
      const end = clientPoint(event);
      const far = Math.hypot(end.x - s.start.x, end.y - s.start.y) >= DETACH_DISTANCE;
      if (s.target !== undefined && s.target !== block?.on) state.rehost(s.id, s.target as BlockId);
      else if (block?.on === undefined) state.moveStacks([{ id: s.id, at: node.position }]);
      else if (s.target === undefined && far) {
        const at = flow.getInternalNode(node.id)?.internals.positionAbsolute ?? node.position;
        state.detach(s.id, { x: at.x, y: at.y });
      }
    }
    // Whatever happened (moved, refused, snapped back), the nodes show the design again.
    view().resync();
  };

  return { onNodeDragStart, onNodeDrag, onNodeDragStop };
}
