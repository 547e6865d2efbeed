import type { BlockId } from '@/engine';

/** Screen pixels above a block's top edge that still count as dropping onto it. */
const ABOVE_ZONE = 44;

function nodeIdOf(el: Element, exclude: ReadonlySet<string>): string | undefined {
  const node = el.closest?.('.react-flow__node');
  const id = node?.getAttribute('data-id') ?? undefined;
  return id !== undefined && !exclude.has(id) ? id : undefined;
}

/**
 * The block a drop at client point (x, y) lands on: the block under the pointer, or one whose
 * top edge is just below the pointer ("dropping it just above a block"). `exclude` skips the
 * stack being dragged, which is always under the pointer itself.
 */
export function blockAtPoint(
  x: number,
  y: number,
  exclude: ReadonlySet<string> = new Set(),
): BlockId | undefined {
  if (typeof document.elementsFromPoint !== 'function') return undefined;
  for (const el of document.elementsFromPoint(x, y)) {
    const id = nodeIdOf(el, exclude);
    if (id !== undefined) return id as BlockId;
    if (el.classList.contains('react-flow__pane')) break;
  }
  for (const dy of [ABOVE_ZONE / 2, ABOVE_ZONE]) {
    for (const el of document.elementsFromPoint(x, y + dy)) {
      const id = nodeIdOf(el, exclude);
      if (id === undefined) continue;
      const top = el.closest('.react-flow__node')?.getBoundingClientRect().top ?? 0;
      if (top > y) return id as BlockId;
    }
  }
  return undefined;
}

/** Whether a client point is over the canvas at all (and not over a panel). */
export function isOverCanvas(x: number, y: number): boolean {
  if (typeof document.elementFromPoint !== 'function') return false;
  return document.elementFromPoint(x, y)?.closest('.react-flow') != null;
}
