import type { BlockBox, BlockId, Design } from '@/engine';
import { useSandbox } from '@/store/SandboxContext';
import { useReactFlow, useStore } from '@xyflow/react';
import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * The view follows the design: every design that is opened (a template, an exercise, a file, a
 * link, My designs, a conversion) is framed whole, and a block the student adds is brought into
 * view with its stack when it landed outside — a stack that grew past the top of the canvas
 * would otherwise hide its newest block under the top bar. A block that landed in view moves
 * nothing. Computed from the layout, so nothing waits for the blocks to be measured; the
 * geometry loads with the first design opened or block added.
 *
 * The teacher's view follows the lesson too: each step of a build-up, hiding or showing the
 * panels and the projector theme frame what is on show as large as the screen allows, and so
 * does a change of the canvas's size while presenting (a projector switched to full screen).
 */
export function useViewFollows(
  container: RefObject<HTMLElement | null>,
  design: Design,
  documentId: string,
  boxes: ReadonlyMap<BlockId, BlockBox>,
) {
  const flow = useReactFlow();
  const presenting = useSandbox((s) => s.presentation !== undefined);
  const shown = useSandbox((s) => s.focusCanvas || s.presentation !== undefined);
  const large = useSandbox((s) => s.theme === 'projector') || shown;
  const step = useSandbox((s) => s.presentation?.step);
  // While presenting, a canvas that changes size (a projector switched to full screen) too.
  const size = useStore((s) => (shown ? `${s.width}x${s.height}` : ''));
  const frameKey = `${large}|${shown}|${step}|${size}`;
  const last = useRef<{ documentId: string; design: Design; frameKey: string } | undefined>(
    undefined,
  );
  useLayoutEffect(() => {
    const before = last.current;
    last.current = { documentId, design, frameKey };
    // The first design is framed by React Flow itself once it has set up its view.
    if (!before || boxes.size === 0) return;
    const framed = before.documentId !== documentId || before.frameKey !== frameKey;
    if (!framed && before.design === design) return;
    const rect = container.current?.getBoundingClientRect();
    if (!rect?.width || !rect.height) return;
    const pane = { width: rect.width, height: rect.height };
    void import('./viewport').then((v) => {
      // A newer design may be on show by now: its own effect takes care of it.
      if (last.current?.design !== design) return;
      const frame = framed ? { large, presenting } : undefined;
      const next = v.followView(flow.getViewport(), before.design, design, boxes, pane, frame);
      if (next) void flow.setViewport(next);
    });
  }, [boxes, container, design, documentId, flow, frameKey, large, presenting]);
}
