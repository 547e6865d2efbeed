import type { Design } from '../design';
import { LAYOUT, layoutStacks } from './layoutStacks';

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
