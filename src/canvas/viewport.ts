import { boundsOf, type BlockBox, type BlockId } from '@/engine';

export { boundsOf };
import { getViewportForBounds, type Viewport } from '@xyflow/react';

export type Rect = { x: number; y: number; width: number; height: number };
export type Pane = { width: number; height: number };

import { FIT } from './fit';

/** Screen pixels kept clear around a block brought into view (the zoom buttons, a banner). */
export const REVEAL_MARGIN = 32;

/**
 * The view that shows all of `bounds`, centred, as an opened design is shown — or, for a design
 * too big to read whole (`minZoom`, see ./fit.ts), its middle at the smallest readable size.
 */
export function viewToFit(bounds: Rect, pane: Pane, minZoom: number = FIT.minZoom): Viewport {
  return getViewportForBounds(bounds, pane.width, pane.height, minZoom, FIT.maxZoom, FIT.padding);
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
