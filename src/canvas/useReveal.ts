import { useSandboxApi } from '@/store/SandboxContext';
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import type { BlockFlowNode } from './flowTypes';

/**
 * Answers the store's reveal requests (the Problems panel, keyboard navigation): see
 * ./reveal.ts, which loads with the first request.
 */
export function useReveal(container: RefObject<HTMLElement | null>) {
  const sandbox = useSandboxApi();
  const flow = useReactFlow<BlockFlowNode>();
  useEffect(
    () =>
      sandbox.store.subscribe((state, previous) => {
        const request = state.reveal;
        if (!request || request === previous.reveal) return;
        void import('./reveal').then((m) => m.reveal(sandbox, flow, container.current, request));
      }),
    [container, flow, sandbox],
  );
}
