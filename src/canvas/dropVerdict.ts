import {
  findVariant,
  type Arch,
  type Block,
  type BlockKind,
  type Diagnostic,
  type VariantId,
} from '@/engine';
import type { DropTarget } from '@/store/dragStore';

/**
 * What a drop target shows: legal (with `note`, if there is one), or the first error the drop
 * would cause.
 */
export function dropVerdict(
  id: string,
  problems: readonly Diagnostic[] | undefined,
  note?: string,
): DropTarget {
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
    : { id: id as DropTarget['id'], ok: true, ...(note ? { note } : {}) };
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

/**
 * For a multi-arch block about to land where the CPU is known: the build it will run as ("Runs
 * as its arm64 build"). A pinned block says nothing here: a wrong CPU is an error of its own.
 */
export function buildNote(
  what: { kind: BlockKind; variant: VariantId; props?: Block['props'] },
  cpu: Arch | undefined,
): string | undefined {
  if (cpu === undefined || what.kind === 'hardware') return undefined;
  const figures = { ...findVariant(what.kind, what.variant)?.figures, ...what.props };
  return (figures as { arch?: string }).arch === 'any' ? `It runs as its ${cpu} build.` : undefined;
}
