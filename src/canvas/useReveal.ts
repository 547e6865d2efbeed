import { useSandboxApi } from '@/store/SandboxContext';
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import type { BlockFlowNode } from './flowTypes';

function nodeElement(container: HTMLElement | null, id: string): HTMLElement | null {
  return (
    container?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) ?? null
  );
}

/**
 * Answers the store's reveal requests: brings blocks into view (the Problems panel, keyboard
 * navigation) and, when asked, moves keyboard focus onto the first one so a screen reader reads
 * its name.
 */
export function useReveal(container: RefObject<HTMLElement | null>) {
  const { store } = useSandboxApi();
  const flow = useReactFlow<BlockFlowNode>();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const reveal = state.reveal;
        if (!reveal || reveal === previous.reveal || reveal.ids.length === 0) return;
        const first = reveal.ids[0] as string;
        const element = nodeElement(container.current, first);
        const box = container.current?.getBoundingClientRect();
        const rect = element?.getBoundingClientRect();
        const visible =
          box &&
          rect &&
          rect.left >= box.left &&
          rect.right <= box.right &&
          rect.top >= box.top &&
          rect.bottom <= box.bottom;
        if (!visible || !reveal.focus) {
          void flow.fitView({
            nodes: reveal.ids.map((id) => ({ id })),
            duration: 250,
            padding: 0.5,
            maxZoom: Math.max(1, flow.getZoom()),
          });
        }
        if (reveal.focus) {
          // The node may only be rendered (or made the Tab stop) a frame or two later. A newer
          // request wins: focusing a stale block would pull the selection back to it.
          const focus = (tries: number) => {
            if (store.getState().reveal !== reveal) return;
            const el = nodeElement(container.current, first);
            if (el && el.tabIndex >= 0) el.focus({ preventScroll: true });
            if (document.activeElement !== el && tries > 0)
              requestAnimationFrame(() => focus(tries - 1));
          };
          requestAnimationFrame(() => focus(30));
        }
      }),
    [container, flow, store],
  );
}
