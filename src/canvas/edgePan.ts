/** How close to an edge of the canvas (screen pixels) the pointer makes it scroll. */
export const EDGE_ZONE = 48;
/** The fastest scroll, in screen pixels per frame, with the pointer right on the edge. */
const TOP_SPEED = 14;

function along(at: number, lo: number, hi: number): number {
  if (at < lo || at > hi) return 0;
  if (at < lo + EDGE_ZONE) return (TOP_SPEED * (lo + EDGE_ZONE - at)) / EDGE_ZONE;
  if (at > hi - EDGE_ZONE) return (-TOP_SPEED * (at - (hi - EDGE_ZONE))) / EDGE_ZONE;
  return 0;
}

/**
 * How far to move the view this frame while something is held at `p`: towards the content
 * beyond the nearest edge, faster the closer to it, nothing away from the edges or outside the
 * canvas. Positive x moves the content right (shows what is left of the view).
 */
export function edgePanSpeed(
  p: { x: number; y: number },
  r: { left: number; right: number; top: number; bottom: number },
): [number, number] {
  if (p.x < r.left || p.x > r.right || p.y < r.top || p.y > r.bottom) return [0, 0];
  return [Math.round(along(p.x, r.left, r.right)), Math.round(along(p.y, r.top, r.bottom))];
}
