import type { Diagnostic } from '@/engine';
import type { DropTarget } from '@/store/dragStore';

/** What a drop target shows: legal, or the first error the drop would cause. */
export function dropVerdict(id: string, problems: readonly Diagnostic[] | undefined): DropTarget {
  if (problems === undefined) {
    return {
      id: id as DropTarget['id'],
      ok: false,
      reason: 'That block stands on the one you are moving: a stack cannot run on its own top.',
    };
  }
  const first = problems[0];
  return first
    ? { id: id as DropTarget['id'], ok: false, reason: first.message }
    : { id: id as DropTarget['id'], ok: true };
}

/** Client coordinates of a mouse or touch event. */
export function clientPoint(event: MouseEvent | TouchEvent | PointerEvent): {
  x: number;
  y: number;
} {
  if ('touches' in event) {
    const t = event.touches[0] ?? event.changedTouches[0];
    return { x: t?.clientX ?? 0, y: t?.clientY ?? 0 };
  }
  return { x: event.clientX, y: event.clientY };
}
