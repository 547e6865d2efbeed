import type { BlockId } from '@/engine';
import type { PaletteDrag } from './dragStore';

/**
 * Things that happen once, as opposed to state: "bring these blocks into view", "a palette tile
 * was let go here". They are not kept in a store (a kept event needs a sequence number to be
 * told apart from the last one, and is still there for whoever subscribes later); whoever
 * answers them listens on this channel while it is on screen.
 */
export type SandboxEvent =
  /** The Problems panel or keyboard navigation asks the canvas to show blocks, maybe to focus one. */
  | { type: 'reveal'; ids: readonly BlockId[]; focus: boolean }
  /** A palette tile was released at a point on the page: the canvas adds it there, or says why not. */
  | { type: 'palette-drop'; drop: PaletteDrag };

type EventOf<T extends SandboxEvent['type']> = Extract<SandboxEvent, { type: T }>;

export type EventChannel = {
  emit(event: SandboxEvent): void;
  /** Listens for one type of event; returns the function that stops listening. */
  on<T extends SandboxEvent['type']>(type: T, listener: (event: EventOf<T>) => void): () => void;
};

export function createEventChannel(): EventChannel {
  const listeners = new Set<(event: SandboxEvent) => void>();
  return {
    emit(event) {
      for (const listener of [...listeners]) listener(event);
    },
    on(type, listener) {
      const each = (event: SandboxEvent) => {
        if (isType(event, type)) listener(event);
      };
      listeners.add(each);
      return () => void listeners.delete(each);
    },
  };
}

function isType<T extends SandboxEvent['type']>(e: SandboxEvent, type: T): e is EventOf<T> {
  return e.type === type;
}
