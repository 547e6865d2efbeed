import type { BlockBox, BlockId, Design, Report } from '@/engine';
import { Position, type NodeHandle } from '@xyflow/react';
import { blockAccessibleName } from './describeBlock';
import type { BlockFlowNode, BlockNodeData, RunsOnFlowEdge } from './flowTypes';

/**
 * React Flow nodes for a design, parents before children (sub-flows need that). A node whose
 * inputs did not change is returned as the very same object — React Flow then skips it entirely,
 * so after an edit only the blocks whose results changed re-render. Nodes React Flow has measured
 * keep their measurements the same way.
 *
 * The canvas is one Tab stop (a roving tab index): only `tabStop` — the current block — is
 * focusable; arrow keys move between blocks, and Tab leaves the canvas.
 */
export function buildNodes(
  design: Design,
  boxes: ReadonlyMap<BlockId, BlockBox>,
  selection: ReadonlySet<string>,
  report: Report,
  current: ReadonlyMap<string, BlockFlowNode>,
  tabStop: string | undefined,
): BlockFlowNode[] {
  const byId = new Map(design.blocks.map((b) => [b.id as string, b]));
  const nodes: BlockFlowNode[] = [];
  for (const [id, box] of boxes) {
    const block = byId.get(id);
    if (!block) continue;
    const facts = report.blocks.get(id);
    const parent = box.parentId === undefined ? undefined : boxes.get(box.parentId);
    const x = parent ? box.x - parent.x : box.x;
    const y = parent ? box.y - parent.y : box.y;
    const selected = selection.has(id);
    const focusable = id === tabStop;
    const old = current.get(id);
    const data: BlockNodeData =
      old && old.data.block === block && old.data.facts === facts ? old.data : { block, facts };
    if (
      old &&
      old.data === data &&
      old.position.x === x &&
      old.position.y === y &&
      old.width === box.width &&
      old.height === box.height &&
      old.parentId === box.parentId &&
      Boolean(old.selected) === selected &&
      old.focusable === focusable &&
      !old.dragging
    ) {
      nodes.push(old);
      continue;
    }
    nodes.push({
      id,
      type: 'block',
      position: { x, y },
      ...(box.parentId === undefined ? {} : { parentId: box.parentId }),
      data,
      width: box.width,
      height: box.height,
      selected,
      focusable,
      ariaLabel: blockAccessibleName(block, facts),
      // Size and link points are known from the layout, so React Flow need not draw a block to
      // measure it: a design of hundreds of blocks draws only those in view, not all of them
      // once (which froze the page for seconds). A drawn block is still measured for real.
      measured: old?.measured ?? { width: box.width, height: box.height },
      handles: linkPoints(box),
    });
  }
  return nodes;
}

/** Handle size in canvas.css (`.block-handle`). */
const HANDLE = 4;

/**
 * Where a block's links meet it, as React Flow would measure them: the link down to its host
 * leaves from the middle of its bottom edge, links from what runs on it arrive at the middle of
 * its top edge (the handles in BlockNode).
 */
function linkPoints({ width, height }: BlockBox): NodeHandle[] {
  const x = width / 2 - HANDLE / 2;
  const size = { width: HANDLE, height: HANDLE };
  return [
    { type: 'source', position: Position.Top, x, y: 0, ...size },
    { type: 'target', position: Position.Bottom, x, y: height - HANDLE, ...size },
  ];
}

/** One "runs on" link per block drawn on its host; reuses unchanged edge objects. */
export function buildEdges(
  boxes: ReadonlyMap<BlockId, BlockBox>,
  report: Report,
  current: ReadonlyMap<string, RunsOnFlowEdge>,
): RunsOnFlowEdge[] {
  const edges: RunsOnFlowEdge[] = [];
  for (const [id, box] of boxes) {
    if (box.parentId === undefined) continue;
    const ok = report.blocks.get(id)?.linkOk ?? true;
    const edgeId = `runs-on:${id}`;
    const old = current.get(edgeId);
    if (old && old.source === box.parentId && old.data?.ok === ok) {
      edges.push(old);
      continue;
    }
    edges.push({
      id: edgeId,
      type: 'runsOn',
      source: box.parentId,
      target: id,
      data: { ok },
      selectable: false,
      focusable: false,
      ...(ok ? {} : { ariaLabel: 'illegal link' }),
    });
  }
  return edges;
}
