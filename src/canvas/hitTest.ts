import type { BlockBox, BlockId } from '@/engine';

/** Screen pixels above a block's top edge that still count as dropping onto it. */
export const ABOVE_ZONE_PX = 44;

/**
 * The block a drop at `point` (flow coordinates) lands on: the block under it, or else one whose
 * top edge lies just below it ("dropping just above a block"). Pure geometry over the layout:
 * no DOM reads, so hit-testing on every drag move forces no layout. `exclude` skips the stack
 * being dragged. Where blocks overlap, the one drawn on top (later in layout order) wins.
 */
export function blockAtPoint(
  boxes: ReadonlyMap<BlockId, BlockBox>,
  point: { x: number; y: number },
  zoom: number,
  exclude: ReadonlySet<string> = new Set(),
): BlockId | undefined {
  const zone = ABOVE_ZONE_PX / Math.max(zoom, 0.01);
  let under: BlockId | undefined;
  let above: BlockId | undefined;
  let aboveGap = Infinity;
  for (const [id, b] of boxes) {
    if (point.x < b.x || point.x > b.x + b.width || exclude.has(id)) continue;
    if (point.y >= b.y && point.y <= b.y + b.height) under = id;
    else if (point.y < b.y && b.y - point.y <= zone && b.y - point.y <= aboveGap) {
      above = id;
      aboveGap = b.y - point.y;
    }
  }
  return under ?? above;
}

/** Whether a client point is over the canvas pane (and not over a panel or a dialog). */
export function isOverCanvas(x: number, y: number): boolean {
  if (typeof document.elementFromPoint !== 'function') return false;
  return document.elementFromPoint(x, y)?.closest('.react-flow') != null;
}
