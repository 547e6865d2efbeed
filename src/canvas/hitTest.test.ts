import { asBlockId, type BlockBox, type BlockId } from '@/engine';
import { describe, expect, it } from 'vitest';
import { ABOVE_ZONE_PX, blockAtPoint } from './hitTest';

const box = (x: number, y: number, parentId?: string): BlockBox => ({
  x,
  y,
  width: 100,
  height: 50,
  parentId: parentId as BlockId | undefined,
});
const boxes = new Map<BlockId, BlockBox>([
  [asBlockId('hw'), box(0, 200)],
  [asBlockId('os'), box(0, 130, 'hw')],
  [asBlockId('free'), box(300, 200)],
]);

describe('blockAtPoint', () => {
  it.each([
    ['on a block', { x: 50, y: 220 }, 1, 'hw'],
    ['on the block drawn on top of it', { x: 50, y: 150 }, 1, 'os'],
    ['just above a block', { x: 350, y: 200 - ABOVE_ZONE_PX + 2 }, 1, 'free'],
    ['too far above, at 100 %', { x: 350, y: 200 - ABOVE_ZONE_PX - 2 }, 1, undefined],
    [
      'as far above, zoomed out (the zone is in screen pixels)',
      { x: 350, y: 200 - ABOVE_ZONE_PX - 2 },
      0.5,
      'free',
    ],
    ['beside every block', { x: 200, y: 220 }, 1, undefined],
  ] as const)('%s', (_, point, zoom, expected) => {
    expect(blockAtPoint(boxes, point, zoom)).toBe(expected);
  });

  it('skips the stack being dragged', () => {
    expect(blockAtPoint(boxes, { x: 50, y: 150 }, 1, new Set(['os']))).toBeUndefined();
    expect(blockAtPoint(boxes, { x: 50, y: 150 }, 1, new Set(['os', 'hw']))).toBeUndefined();
  });
});
