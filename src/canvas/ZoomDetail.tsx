import { useStore, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, type RefObject } from 'react';

export type Detail = 'full' | 'titles' | 'boxes';

/** How much of a block is worth drawing at a zoom: text below ~7 px is unreadable anyway. */
export function detailAt(zoom: number): Detail {
  if (zoom < 0.22) return 'boxes';
  if (zoom < 0.5) return 'titles';
  return 'full';
}

const selectDetail = (s: ReactFlowState) => detailAt(s.transform[2]);

/**
 * Level of detail for the whole canvas: far out, blocks drop their small print (and then their
 * text), so a design of thousands of blocks still drags smoothly. It sets one attribute on the
 * canvas, and only when the level changes — never per frame.
 */
export function ZoomDetail({ container }: { container: RefObject<HTMLElement | null> }) {
  const detail = useStore(selectDetail);
  useLayoutEffect(() => {
    container.current?.setAttribute('data-detail', detail);
  }, [container, detail]);
  return null;
}
