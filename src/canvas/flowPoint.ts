import type { Viewport } from '@xyflow/react';

/**
 * Converts client (screen) points to flow coordinates with a pane rectangle read once. React Flow's
 * `screenToFlowPosition` reads the pane's bounding box on every call, which forces a layout in
 * the middle of a drag; the pane does not move while something is dragged, so read it once.
 */
export function flowPointConverter(pane: Element | null | undefined, viewport: () => Viewport) {
  const rect = pane?.getBoundingClientRect() ?? { left: 0, top: 0 };
  return (p: { x: number; y: number }) => {
    const { x, y, zoom } = viewport();
    return { x: (p.x - rect.left - x) / zoom, y: (p.y - rect.top - y) / zoom };
  };
}
