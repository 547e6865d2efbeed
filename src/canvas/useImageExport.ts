import type { BlockBox, BlockId } from '@/engine';
import { useSandboxApi } from '@/store/SandboxContext';
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Answers "export a picture" from the File menu: every block, with the costs as a legend. The
 * picture code (and html-to-image) loads only when a picture is asked for.
 */
export function useImageExport(
  container: RefObject<HTMLElement | null>,
  boxes: ReadonlyMap<BlockId, BlockBox>,
  visibleOnly: boolean,
) {
  const sandbox = useSandboxApi();
  const flow = useReactFlow();
  const latest = useRef({ boxes, visibleOnly });
  useEffect(() => {
    latest.current = { boxes, visibleOnly };
  }, [boxes, visibleOnly]);
  useEffect(
    () =>
      sandbox.store.subscribe((state, previous) => {
        const request = state.exportRequest;
        if (!request || request === previous.exportRequest) return;
        void import('./exportImage').then((m) =>
          m.exportPicture(sandbox, flow, container.current, latest.current, request.format),
        );
      }),
    [container, flow, sandbox],
  );
}
