/** How an opened design is framed: a margin around it, and never blown up past life size. */
export const FIT = { padding: 0.2, minZoom: 0.05, maxZoom: 1.1 } as const;
