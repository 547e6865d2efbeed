import type { SandboxEvent } from '@/store/events';
import type { ReactFlowInstance } from '@xyflow/react';
import type { BlockFlowNode } from './flowTypes';

function nodeElement(container: HTMLElement | null, id: string): HTMLElement | null {
  return (
    container?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) ?? null
  );
}

/**
 * Answers one reveal request: brings blocks into view (the Problems panel,
 * keyboard navigation) and, when asked, moves keyboard focus onto the first one so a screen
 * reader reads its name.
 */
export function reveal(
  flow: ReactFlowInstance<BlockFlowNode>,
  container: HTMLElement | null,
  request: Extract<SandboxEvent, { type: 'reveal' }>,
  isLatest: () => boolean,
) {
  if (request.ids.length === 0) return;
  const first = request.ids[0] as string;
  const element = nodeElement(container, first);
  const box = container?.getBoundingClientRect();
  const rect = element?.getBoundingClientRect();
  const visible =
    box &&
    rect &&
    rect.left >= box.left &&
    rect.right <= box.right &&
    rect.top >= box.top &&
    rect.bottom <= box.bottom;
  if (!visible || !request.focus) {
    void flow.fitView({
      nodes: request.ids.map((id) => ({ id })),
      duration: 250,
      padding: 0.5,
      maxZoom: Math.max(1, flow.getZoom()),
    });
  }
  if (request.focus) {
    // The node may only be rendered (or made the Tab stop) a frame or two later. A newer
    // request wins: focusing a stale block would pull the selection back to it.
    const focus = (tries: number) => {
      if (!isLatest()) return;
      const el = nodeElement(container, first);
      if (el && el.tabIndex >= 0) el.focus({ preventScroll: true });
      if (document.activeElement !== el && tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    requestAnimationFrame(() => focus(30));
  }
}
