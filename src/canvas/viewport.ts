import { boundsOf, type BlockBox, type BlockId, type Design } from '@/engine';

export { boundsOf };
import { getViewportForBounds, type Viewport } from '@xyflow/react';

export type Rect = { x: number; y: number; width: number; height: number };
export type Pane = { width: number; height: number };

import { FIT, LARGE_ZOOM, minZoomFor, PRESENTER_CLEARANCE } from './fit';

/** Screen pixels kept clear around a block brought into view (the zoom buttons, a banner). */
export const REVEAL_MARGIN = 32;

/** How a figure is framed: at life size at most, or as large as the screen allows. */
export type Frame = {
  /** On a projector or while presenting: up to LARGE_ZOOM, with a slimmer margin. */
  readonly large: boolean;
  /** A build-up is on show: its controls float over the bottom of the canvas. */
  readonly presenting: boolean;
};

/**
 * The view that shows all of `bounds`, centred, as an opened design is shown (a design too big to
 * read whole — `minZoom`, see ./fit.ts — shows its middle at the smallest readable size). Large frames keep
 * 6 % of the pane clear on each side (the zoom buttons, the edge of a projector's picture) and,
 * in a build-up, room at the bottom for the presenter's bar, so no block hides under it.
 */
export function viewToFit(
  bounds: Rect,
  pane: Pane,
  frame?: Frame,
  minZoom: number = FIT.minZoom,
): Viewport {
  if (!frame?.large)
    return getViewportForBounds(bounds, pane.width, pane.height, minZoom, FIT.maxZoom, FIT.padding);
  const bottom = frame.presenting ? `${PRESENTER_CLEARANCE}px` : '6%';
  return getViewportForBounds(bounds, pane.width, pane.height, minZoom, LARGE_ZOOM, {
    x: '6%',
    top: '6%',
    bottom,
  });
}

/** The part of the canvas (flow coordinates) that `view` shows in `pane`. */
export function visibleRect(view: Viewport, pane: Pane): Rect {
  return {
    x: -view.x / view.zoom,
    y: -view.y / view.zoom,
    width: pane.width / view.zoom,
    height: pane.height / view.zoom,
  };
}

/** How far `[from, from+size]` must move to lie in `[lo, hi]` (0 when it already does). */
function shift(from: number, size: number, lo: number, hi: number): number {
  if (from < lo) return lo - from;
  if (from + size > hi) return hi - (from + size);
  return 0;
}

/**
 * The change of `view` that brings `target` (flow coordinates) into the pane with `margin`
 * screen pixels around it: nothing when it is already in view (the view must not jump on every
 * drop); when it fits at this zoom, a pan that centres it along the way it had to move (a stack
 * growing past the top comes to the middle, so the next layers land in view too); otherwise
 * zoomed out just enough. Never zooms in.
 */
export function viewToReveal(
  view: Viewport,
  target: Rect,
  pane: Pane,
  margin = REVEAL_MARGIN,
): Viewport | undefined {
  const m = margin / view.zoom;
  const seen = visibleRect(view, pane);
  const fits = target.width + 2 * m <= seen.width && target.height + 2 * m <= seen.height;
  if (!fits) {
    const zoom = Math.min(view.zoom, FIT.maxZoom);
    return getViewportForBounds(target, pane.width, pane.height, FIT.minZoom, zoom, `${margin}px`);
  }
  const out = (from: number, size: number, lo: number, length: number) =>
    shift(from - m, size + 2 * m, lo, lo + length) === 0 ? 0 : lo + length / 2 - (from + size / 2);
  const dx = out(target.x, target.width, seen.x, seen.width);
  const dy = out(target.y, target.height, seen.y, seen.height);
  if (dx === 0 && dy === 0) return undefined;
  // The view's x and y are where the content's origin is drawn: moving the content by (dx, dy)
  // flow units on screen adds them, scaled by the zoom.
  return { x: view.x + dx * view.zoom, y: view.y + dy * view.zoom, zoom: view.zoom };
}

/**
 * The rectangle around the whole stacks that `ids` belong to: a block stacked high is brought
 * into view with the machine it runs on, so the student sees where it landed.
 */
export function stacksBounds(boxes: ReadonlyMap<BlockId, BlockBox>, ids: Iterable<BlockId>): Rect {
  const rootOf = (id: BlockId): BlockId => {
    let at = id;
    for (let i = 0; i <= boxes.size; i++) {
      const parent = boxes.get(at)?.parentId;
      if (parent === undefined) break;
      at = parent;
    }
    return at;
  };
  const roots = new Set<BlockId>();
  for (const id of ids) if (boxes.has(id)) roots.add(rootOf(id));
  const picked = new Map<BlockId, BlockBox>();
  for (const [id, box] of boxes) if (roots.has(rootOf(id))) picked.set(id, box);
  return boundsOf(picked);
}

/**
 * Where the view goes after the canvas changed from showing `before` to `after`: framed whole
 * when a design was opened or the lesson asks for it (`frame`); otherwise the blocks that were
 * added are brought into view with their stacks, if they landed outside it; else nowhere.
 */
export function followView(
  view: Viewport,
  before: Design,
  after: Design,
  boxes: ReadonlyMap<BlockId, BlockBox>,
  pane: Pane,
  frame: Frame | undefined,
): Viewport | undefined {
  if (frame) return viewToFit(boundsOf(boxes), pane, frame, minZoomFor(boxes.size));
  const had = new Set(before.blocks.map((b) => b.id));
  const added = after.blocks.filter((b) => !had.has(b.id)).map((b) => b.id);
  return added.length > 0 ? viewToReveal(view, stacksBounds(boxes, added), pane) : undefined;
}
