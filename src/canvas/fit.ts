/** How an opened design is framed: a margin around it, and never blown up past life size. */
export const FIT = { padding: 0.2, minZoom: 0.05, maxZoom: 1.1 } as const;

/**
 * On a projector, or while the teacher presents, the figure is drawn as large as the screen
 * allows: the back row reads a block at twice its size, not at life size.
 */
export const LARGE_ZOOM = 2.5;

/** Screen pixels kept clear under a build-up's figure for its controls (bar and margin). */
export const PRESENTER_CLEARANCE = 110;
