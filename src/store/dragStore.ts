import type { BlockId, BlockKind, VariantId } from '@/engine';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** A palette tile being dragged with a pointer (mouse, pen or touch). */
export type PaletteDrag = {
  kind: BlockKind;
  variant: VariantId;
  label: string;
  /** Pointer position, client pixels. */
  x: number;
  y: number;
};

/** The block under the pointer while something is dragged, and whether dropping there is legal. */
export type DropTarget = {
  id: BlockId;
  ok: boolean;
  reason?: string;
  /** Worth knowing about a legal drop: which build of a multi-arch block it would run as. */
  note?: string;
};

/**
 * Drag feedback lives in its own small store: it changes on every pointer move, and nothing
 * that renders the design should hear about it. Block views subscribe to "am I the target?" only.
 */
export type DragState = {
  palette: PaletteDrag | undefined;
  target: DropTarget | undefined;
  /** A palette drop that landed on no block, and what the student should know about it. */
  missed: { x: number; y: number; text: string } | undefined;
};

export type DragStore = StoreApi<DragState>;

export function createDragStore(): DragStore {
  return createStore<DragState>()(() => ({
    palette: undefined,
    target: undefined,
    missed: undefined,
  }));
}
