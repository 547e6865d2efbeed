import type { BlockBox, BlockId, Design } from '@/engine';
import { useReactFlow } from '@xyflow/react';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { minZoomFor } from './fit';

/**
 * The view follows the design: every design that is opened (a template, an exercise, a file, a
 * link, My designs, a conversion) is framed whole, and a block the student adds is brought into
 * view with its stack when it landed outside — a stack that grew past the top of the canvas
 * would otherwise hide its newest block under the top bar. A block that landed in view moves
 * nothing. Computed from the layout, so nothing waits for the blocks to be measured; the
 * geometry loads with the first design opened or block added.
 */
export function useViewFollows(
  container: RefObject<HTMLElement | null>,
  design: Design,
  documentId: string,
  boxes: ReadonlyMap<BlockId, BlockBox>,
) {
  const flow = useReactFlow();
  const last = useRef<{ documentId: string; design: Design } | undefined>(undefined);
  useLayoutEffect(() => {
    const before = last.current;
    last.current = { documentId, design };
    // The first design is framed by React Flow itself once it has set up its view.
    if (!before || before.design === design) return;
    const rect = container.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return;
    const pane = { width: rect.width, height: rect.height };
    const opened = before.documentId !== documentId;
    const had = new Set(before.design.blocks.map((b) => b.id));
    const added = opened ? [] : design.blocks.filter((b) => !had.has(b.id)).map((b) => b.id);
    if (!opened && added.length === 0) return;
    void import('./viewport').then((v) => {
      // A newer design may be on show by now: its own effect takes care of it.
      if (last.current?.design !== design) return;
      const next = opened
        ? v.viewToFit(v.boundsOf(boxes), pane, minZoomFor(design.blocks.length))
        : v.viewToReveal(flow.getViewport(), v.stacksBounds(boxes, added), pane);
      if (next) void flow.setViewport(next);
    });
  }, [boxes, container, design, documentId, flow]);
}
