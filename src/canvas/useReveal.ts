import { useSandboxApi } from '@/store/SandboxContext';
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import type { BlockFlowNode } from './flowTypes';

/**
 * Answers reveal requests (the Problems panel, keyboard navigation) while the canvas is on
 * screen: see ./reveal.ts, which loads with the first request. Only the latest request may still
 * move the focus once its frame comes.
 */
export function useReveal(container: RefObject<HTMLElement | null>) {
  const { events } = useSandboxApi();
  const flow = useReactFlow<BlockFlowNode>();
  useEffect(() => {
    let latest = 0;
    return events.on('reveal', (request) => {
      const mine = ++latest;
      void import('./reveal').then((m) =>
        m.reveal(flow, container.current, request, () => mine === latest),
      );
    });
  }, [container, flow, events]);
}
