import type { Variant } from '@/engine';
import { useSandboxApi } from '@/store/SandboxContext';
import { useRef, type PointerEvent } from 'react';

/** Pointer travel (px) before a press on a tile becomes a drag rather than a click. */
const DRAG_THRESHOLD = 6;

/**
 * Drags a palette tile with pointer events (mouse, pen and touch alike — HTML5 drag-and-drop
 * does not work on touch screens). The pointer's position goes to the drag store, the release to
 * the event channel; the canvas hit-tests and performs the drop.
 */
export function usePaletteDrag(variant: Variant) {
  const { drag, events } = useSandboxApi();
  const press = useRef<{ x: number; y: number; active: boolean } | undefined>(undefined);
  const justDropped = useRef(false);

  const report = (e: PointerEvent) => ({
    kind: variant.kind,
    variant: variant.id,
    label: variant.label,
    x: e.clientX,
    y: e.clientY,
  });

  return {
    /** True when the click that follows a drop should be ignored. */
    consumeDrop: () => {
      const was = justDropped.current;
      justDropped.current = false;
      return was;
    },
    handlers: {
      onPointerDown(e: PointerEvent<HTMLElement>) {
        if (e.button !== 0) return;
        press.current = { x: e.clientX, y: e.clientY, active: false };
        e.currentTarget.setPointerCapture?.(e.pointerId);
      },
      onPointerMove(e: PointerEvent<HTMLElement>) {
        const p = press.current;
        if (!p) return;
        if (!p.active && Math.hypot(e.clientX - p.x, e.clientY - p.y) < DRAG_THRESHOLD) return;
        p.active = true;
        drag.setState({ palette: report(e) });
      },
      onPointerUp(e: PointerEvent<HTMLElement>) {
        const p = press.current;
        press.current = undefined;
        if (!p?.active) return;
        justDropped.current = true;
        drag.setState({ palette: undefined });
        events.emit({ type: 'palette-drop', drop: report(e) });
      },
      onPointerCancel() {
        press.current = undefined;
        drag.setState({ palette: undefined, target: undefined });
      },
    },
  };
}
