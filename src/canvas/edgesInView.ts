import { asBlockId, type BlockBox, type BlockId } from '@/engine';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type { RunsOnFlowEdge } from './flowTypes';

/** The grid, in canvas units, the view is rounded out to: panning within a cell changes nothing. */
const CELL = 1000;

/**
 * The part of the canvas on show, rounded out to whole cells with a cell to spare on every side,
 * as text (so a selector that returns it re-renders only when the view crosses into a new cell).
 */
export function viewArea(
  transform: readonly [number, number, number],
  width: number,
  height: number,
) {
  const [tx, ty, zoom] = transform;
  const down = (v: number) => (Math.floor(v / zoom / CELL) - 1) * CELL;
  const up = (v: number) => (Math.ceil(v / zoom / CELL) + 1) * CELL;
  return `${down(-tx)},${down(-ty)},${up(width - tx)},${up(height - ty)}`;
}

/**
 * The links worth drawing for a view: a "runs on" link is the short line under its block, so it
 * is on show when its block is. React Flow's own test counts a link as visible wherever the box
 * around both blocks is — and a host as wide as the design (one library under a thousand apps)
 * then made every one of its links "visible", all drawn at once. Links of `keep` (the selection,
 * which may be dragged far from where it was laid out) always stay.
 */
export function edgesIn(
  edges: readonly RunsOnFlowEdge[],
  boxes: ReadonlyMap<BlockId, BlockBox>,
  area: string,
  keep: ReadonlySet<string>,
): RunsOnFlowEdge[] {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = area.split(',').map(Number);
  return edges.filter((edge) => {
    if (keep.has(edge.target) || keep.has(edge.source)) return true;
    const box = boxes.get(asBlockId(edge.target));
    return !!box && box.x < x1 && box.x + box.width > x0 && box.y < y1 && box.y + box.height > y0;
  });
}

/** For a big design, only the links of blocks near the view; a small one keeps them all. */
export function useEdgesInView(
  edges: RunsOnFlowEdge[],
  boxes: ReadonlyMap<BlockId, BlockBox>,
  big: boolean,
  keep: ReadonlySet<string>,
): RunsOnFlowEdge[] {
  const area = useStore(
    useCallback(
      (s: ReactFlowState) => (big ? viewArea(s.transform, s.width, s.height) : ''),
      [big],
    ),
  );
  return useMemo(
    () => (big ? edgesIn(edges, boxes, area, keep) : edges),
    [big, edges, boxes, area, keep],
  );
}
