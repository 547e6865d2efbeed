import { asBlockId, layoutStacks, type BlockBox, type BlockId } from '@/engine';
import { describe, expect, it } from 'vitest';
import { buildDesign } from '../../tests/helpers/buildDesign';
import { edgePanSpeed, EDGE_ZONE } from './edgePan';
import { BIG_DESIGN_MIN_ZOOM, FIT, minZoomFor, VISIBLE_ONLY_FROM } from './fit';
import { followView, stacksBounds, viewToFit, viewToReveal, visibleRect } from './viewport';

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

  it('on a projector or while presenting, frames as large as the pane allows, up to 250 %', () => {
    const small = { x: 0, y: 0, width: 184, height: 58 };
    expect(viewToFit(small, pane, { large: true, presenting: false }).zoom).toBe(2.5);
    // A wide figure in a 1000 × 600 pane: 6 % clear on each side (60 px), so the zoom is
    // (1000 − 2 × 60) / 500 = 1.76, centred: x = 500 − 250 × 1.76 = 60, y = 300 − 50 × 1.76 = 212.
    const wide = { x: 0, y: 0, width: 500, height: 100 };
    const big = { width: 1000, height: 600 };
    expect(viewToFit(wide, big, { large: true, presenting: true })).toEqual({
      x: 60,
      y: 212,
      zoom: 1.76,
    });
  });

  it('keeps a build-up clear of the presenter’s bar at the bottom', () => {
    // A tall figure: the zoom is (600 − 36 on top − 110 at the bottom) / 500 = 0.908; centred, it
    // would end 73 px above the bottom, under the bar: it moves up until its top is 36 px down.
    const tall = { x: 0, y: 0, width: 100, height: 500 };
    const big = { width: 1000, height: 600 };
    const view = viewToFit(tall, big, { large: true, presenting: true });
    expect(view.zoom).toBeCloseTo(0.908);
    expect(view.y).toBeCloseTo(36);
    const seen = visibleRect(view, big);
    // Its bottom edge on screen: 36 + 500 × 0.908 = 490, the bar's 110 px below it.
    expect((tall.y + tall.height - seen.y) * view.zoom).toBeCloseTo(600 - 110);
    // Not presenting, the same figure is centred with 6 % above and below.
    const edited = viewToFit(tall, big, { large: true, presenting: false });
    expect(edited.y).toBeCloseTo(36);
    expect(edited.zoom).toBeCloseTo((600 - 72) / 500);
  });

  it('follows a change: framed when asked, the new blocks revealed, or left where it is', () => {
    const machine = buildDesign([['hw', 'hardware', 'x86-server']]);
    const withOs = buildDesign([
      ['hw', 'hardware', 'x86-server'],
      ['os', 'os', 'ubuntu', 'hw'],
    ]);
    const boxes = layoutStacks(withOs);
    const frame = { large: true, presenting: true };
    // A build-up step (or a panel hidden) frames what is on show, wherever the view was.
    expect(followView(at1, machine, withOs, boxes, pane, frame)).toEqual(
      viewToFit(stacksBounds(boxes, [asBlockId('hw')]), pane, frame),
    );
    // An edit that adds nothing moves nothing; an OS added far out of view is brought in.
    expect(followView(at1, withOs, withOs, boxes, pane, undefined)).toBeUndefined();
    const away = { x: -5000, y: 0, zoom: 1 };
    expect(followView(away, machine, withOs, boxes, pane, undefined)).toEqual(
      viewToReveal(away, stacksBounds(boxes, [asBlockId('os')]), pane),
    );
    expect(followView(away, machine, withOs, boxes, pane, undefined)).toBeDefined();
  });

  it('opens a design of hundreds of blocks at a readable size, showing its middle', () => {
    // 1,000 blocks side by side: 200 stacks of 220 px is 44,000 px wide; whole, it would be drawn
    // at 800 / 44,000 ≈ 0.02 of life size. It opens at the floor instead, centred on the design.
    const huge = { x: 0, y: 0, width: 44_000, height: 600 };
    const view = viewToFit(huge, pane, undefined, minZoomFor(1_000));
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
