/** How an opened design is framed: a margin around it, and never blown up past life size. */
export const FIT = { padding: 0.2, minZoom: 0.05, maxZoom: 1.1 } as const;

/** Above this many blocks, only blocks in view are rendered (React Flow's biggest win at scale). */
export const VISIBLE_ONLY_FROM = 150;

/**
 * Above this many blocks, a design that has just been opened is drawn on the canvas a moment
 * after the panels show it, so the page never holds still for both at once (see useFlowState).
 */
export const DRAW_LATER_FROM = 50;

/**
 * The smallest zoom for a design of more than VISIBLE_ONLY_FROM blocks. Drawn whole at a twentieth
 * of life size, a design of hundreds of blocks is unreadable specks, and drawing every one of
 * them at once froze the page for seconds: so a big design opens at a size where its blocks can
 * still be read, showing its middle, and only the blocks in view are drawn. Scroll to see more.
 */
export const BIG_DESIGN_MIN_ZOOM = 0.3;

/** How far out the canvas may zoom for a design of `blocks` blocks. */
export function minZoomFor(blocks: number): number {
  return blocks > VISIBLE_ONLY_FROM ? BIG_DESIGN_MIN_ZOOM : FIT.minZoom;
}

/**
 * On a projector, or while the teacher presents, the figure is drawn as large as the screen
 * allows: the back row reads a block at twice its size, not at life size.
 */
export const LARGE_ZOOM = 2.5;

/** Screen pixels kept clear under a build-up's figure for its controls (bar and margin). */
export const PRESENTER_CLEARANCE = 110;
