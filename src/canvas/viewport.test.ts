import { asBlockId, type BlockBox, type BlockId } from '@/engine';
import { describe, expect, it } from 'vitest';
import { edgePanSpeed, EDGE_ZONE } from './edgePan';
import { BIG_DESIGN_MIN_ZOOM, FIT, minZoomFor, VISIBLE_ONLY_FROM } from './fit';
import { stacksBounds, viewToFit, viewToReveal, visibleRect } from './viewport';

const pane = { width: 800, height: 600 };
const at1 = { x: 0, y: 0, zoom: 1 };

describe('bringing a block into view', () => {
  it.each([
    // [what, target, expected view]
    ['in view: nothing moves', { x: 100, y: 100, width: 184, height: 58 }, undefined],
    // Above the view: its middle (y −40 + 29 = −11) comes to the pane's (300): down by 311.
    [
      'above the view: brought down to the middle',
      { x: 100, y: -40, width: 184, height: 58 },
      { x: 0, y: 311, zoom: 1 },
    ],
    // Right of the view: its middle (716 + 92 = 808) comes to the pane's (400): left by 408.
    [
      'right of the view: brought left to the middle',
      { x: 716, y: 100, width: 184, height: 58 },
      { x: -408, y: 0, zoom: 1 },
    ],
  ] as const)('%s', (_what, target, expected) => {
    expect(viewToReveal(at1, target, pane)).toEqual(expected);
  });

  it('zooms out (never in) when the stack is taller than the view', () => {
    const tall = { x: 0, y: -900, width: 184, height: 1200 };
    const view = viewToReveal(at1, tall, pane)!;
    expect(view.zoom).toBeLessThan(1);
    const seen = visibleRect(view, pane);
    expect(seen.y).toBeLessThanOrEqual(tall.y);
    expect(seen.y + seen.height).toBeGreaterThanOrEqual(tall.y + tall.height);
  });

  it('frames an opened design whole, never larger than 110 %', () => {
    const small = { x: 0, y: 0, width: 184, height: 58 };
    expect(viewToFit(small, pane).zoom).toBe(1.1);
    const big = { x: -500, y: -2000, width: 3000, height: 2500 };
    const seen = visibleRect(viewToFit(big, pane), pane);
    expect(seen.x).toBeLessThanOrEqual(big.x);
    expect(seen.y + seen.height).toBeGreaterThanOrEqual(big.y + big.height);
  });

  it('opens a design of thousands of blocks at a readable size, showing its middle', () => {
    // 2,000 blocks side by side: 200 stacks of 220 px is 44,000 px wide; whole, it would be drawn
    // at 800 / 44,000 ≈ 0.02 of life size. It opens at the floor instead, centred on the design.
    const huge = { x: 0, y: 0, width: 44_000, height: 600 };
    const view = viewToFit(huge, pane, minZoomFor(2_000));
    expect(view.zoom).toBe(BIG_DESIGN_MIN_ZOOM);
    const seen = visibleRect(view, pane);
    expect(seen.x + seen.width / 2).toBeCloseTo(22_000);
    expect(seen.width).toBeLessThan(huge.width);
    // A design of a few hundred blocks still opens whole.
    expect(minZoomFor(VISIBLE_ONLY_FROM)).toBe(FIT.minZoom);
  });

  it('takes the whole stack a block belongs to, from its machine up', () => {
    const box = (x: number, y: number, parentId?: string): BlockBox => ({
      x,
      y,
      width: 100,
      height: 50,
      parentId: parentId === undefined ? undefined : asBlockId(parentId),
    });
    const boxes = new Map<BlockId, BlockBox>([
      [asBlockId('hw'), box(0, 200)],
      [asBlockId('os'), box(0, 130, 'hw')],
      [asBlockId('app'), box(0, 60, 'os')],
      [asBlockId('other'), box(500, 200)],
    ]);
    expect(stacksBounds(boxes, [asBlockId('app')])).toEqual({
      x: 0,
      y: 60,
      width: 100,
      height: 190,
    });
  });
});

describe('scrolling while a block is held near an edge', () => {
  const r = { left: 100, right: 900, top: 50, bottom: 650 };
  it.each([
    ['in the middle: still', { x: 500, y: 300 }, [0, 0]],
    ['on the top edge: shows what is above, fast', { x: 500, y: 50 }, [0, 14]],
    ['half-way into the top zone: slower', { x: 500, y: 50 + EDGE_ZONE / 2 }, [0, 7]],
    ['on the right edge: shows what is right', { x: 900, y: 300 }, [-14, 0]],
    ['outside the canvas: still', { x: 50, y: 300 }, [0, 0]],
  ] as const)('%s', (_what, p, expected) => {
    expect(edgePanSpeed(p, r)).toEqual(expected);
  });
});
