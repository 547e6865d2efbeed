import type { Block, Design } from '../design';
import { LAYOUT, layoutStacks } from './layoutStacks';

/**
 * "Tidy": stands every stack side by side on one baseline, left to right in their current order,
 * so none overlap. Inside a stack the layout is always tidy already (see `layoutStacks`).
 */
export function tidyStacks(design: Design): Design {
  const boxes = layoutStacks(design);
  const roots = design.blocks.filter((b) => boxes.get(b.id)?.parentId === undefined);
  const order = [...roots].sort((a, b) => (a.x ?? 0) - (b.x ?? 0) || (a.y ?? 0) - (b.y ?? 0));
  const moved = new Map<Block, Block>();
  let cursor = 0;
  for (const root of order) {
    moved.set(root, { ...root, x: cursor, y: 0 });
    cursor += (boxes.get(root.id)?.width ?? LAYOUT.leafWidth) + LAYOUT.stackGap;
  }
  return { ...design, blocks: design.blocks.map((b) => moved.get(b) ?? b) };
}

/** Where a new stand-alone block can go without landing on anything: right of every stack. */
export function freeSpot(design: Design): { x: number; y: number } {
  const boxes = layoutStacks(design);
  let right = -LAYOUT.stackGap;
  let baseline = 0;
  for (const box of boxes.values()) {
    if (box.parentId !== undefined) continue;
    if (box.x + box.width > right) {
      right = box.x + box.width;
      baseline = box.y;
    }
  }
  return { x: right + LAYOUT.stackGap, y: baseline };
}
