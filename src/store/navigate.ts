import type { BlockId, Design } from '@/engine';

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * Moving the selection with arrow keys follows the stack: up to the first block running on it,
 * down to its host, left and right to its neighbours on the same host (or to the next stack).
 */
export function neighbour(design: Design, id: BlockId, direction: Direction): BlockId | undefined {
  const block = design.blocks.find((b) => b.id === id);
  if (!block) return undefined;
  const ids = new Set<string>(design.blocks.map((b) => b.id));
  const hostOf = (b: { on?: BlockId }) => (b.on !== undefined && ids.has(b.on) ? b.on : undefined);
  switch (direction) {
    case 'up':
      return design.blocks.find((b) => hostOf(b) === id)?.id;
    case 'down':
      return hostOf(block);
    case 'left':
    case 'right': {
      const host = hostOf(block);
      const row = design.blocks.filter((b) => hostOf(b) === host);
      if (host === undefined) row.sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
      const at = row.findIndex((b) => b.id === id);
      return row[at + (direction === 'left' ? -1 : 1)]?.id;
    }
  }
}
