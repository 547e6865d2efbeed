import type * as Y from 'yjs';
import type { Board, BoardValue, Shown } from './protocol';

// The board as a client reads it: each key as the type `Board` gives it. A key not there yet (the
// board still loading) or of another type (only a broken server would write one) reads as absent.

type KeyOf<T> = { [K in keyof Board]: Board[K] extends T ? K : never }[keyof Board];

/** One text of the board, or undefined when it has none. */
export function boardText(board: Y.Map<BoardValue>, key: KeyOf<string>): string | undefined {
  const value = board.get(key);
  return typeof value === 'string' ? value : undefined;
}

/** One yes-or-no of the board: only a `true` written there is a yes. */
export function boardFlag(board: Y.Map<BoardValue>, key: KeyOf<boolean>): boolean {
  return board.get(key) === true;
}

/** The design on show, from the board's `shown`: nothing when it is empty or not one. */
export function readShown(text: string | undefined): Shown | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || !('design' in value) || !('name' in value))
    return undefined;
  const { design, name } = value;
  return typeof design === 'string' && typeof name === 'string' ? { design, name } : undefined;
}
