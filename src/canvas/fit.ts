/** How an opened design is framed: a margin around it, and never blown up past life size. */
export const FIT = { padding: 0.2, minZoom: 0.05, maxZoom: 1.1 } as const;

/** Above this many blocks, only blocks in view are rendered (React Flow's biggest win at scale). */
export const VISIBLE_ONLY_FROM = 300;

/**
 * The smallest zoom for a design of more than VISIBLE_ONLY_FROM blocks. Drawn whole at a twentieth
 * of life size, a design of thousands of blocks is unreadable specks, and drawing every one of
 * them at once froze the page for seconds: so a big design opens at a size where its blocks can
 * still be read, showing part of it, and only the blocks in view are drawn. Scroll to see more.
 */
export const BIG_DESIGN_MIN_ZOOM = 0.3;

/** How far out the canvas may zoom for a design of `blocks` blocks. */
export function minZoomFor(blocks: number): number {
  return blocks > VISIBLE_ONLY_FROM ? BIG_DESIGN_MIN_ZOOM : FIT.minZoom;
}
