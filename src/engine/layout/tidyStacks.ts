import type { Block, Design } from '../design';
import type { BlockId } from '../ids';
import { LAYOUT, layoutStacks, type BlockBox } from './layoutStacks';

type Stack = { root: Block; width: number; height: number };

/** Each stack's bottom block with the stack's width and height (from its bottom block's top). */
function measureStacks(design: Design, boxes: ReadonlyMap<BlockId, BlockBox>): Stack[] {
  const rootOf = new Map<BlockId, BlockId>();
  const top = new Map<BlockId, number>();
  for (const [id, box] of boxes) {
    const root = box.parentId === undefined ? id : (rootOf.get(box.parentId) ?? id);
    rootOf.set(id, root);
    top.set(root, Math.min(top.get(root) ?? box.y, box.y));
  }
  const stacks: Stack[] = [];
  for (const block of design.blocks) {
    const box = boxes.get(block.id);
    if (!box || box.parentId !== undefined) continue;
    stacks.push({
      root: block,
      width: box.width,
      height: box.y - (top.get(block.id) ?? box.y) + box.height,
    });
  }
  return stacks.sort(
    (a, b) => (a.root.y ?? 0) - (b.root.y ?? 0) || (a.root.x ?? 0) - (b.root.x ?? 0),
  );
}

/**
 * "Tidy": stands every stack on a baseline, side by side in their current order (top to bottom,
 * then left to right), wrapping into rows so a big design stays roughly as wide as it is tall.
 * Inside a stack the layout is always tidy already (see `layoutStacks`).
 */
export function tidyStacks(design: Design): Design {
  const stacks = measureStacks(design, layoutStacks(design));
  if (stacks.length === 0) return design;
  const { stackGap } = LAYOUT;
  const area = stacks.reduce((sum, s) => sum + (s.width + stackGap) * (s.height + stackGap), 0);
  const rowWidth = Math.max(2400, ...stacks.map((s) => s.width), Math.sqrt(area) * 1.6);

  let current: Stack[] = [];
  const rows = [current];
  let cursor = 0;
  for (const stack of stacks) {
    if (current.length > 0 && cursor + stack.width > rowWidth) {
      current = [stack];
      rows.push(current);
      cursor = stack.width + stackGap;
    } else {
      current.push(stack);
      cursor += stack.width + stackGap;
    }
  }

  const moved = new Map<Block, Block>();
  let baseline = 0;
  rows.forEach((row, i) => {
    // Stacks grow upwards from their baseline: the next row starts below this one's bottom block
    // plus the height of its own tallest stack.
    if (i > 0)
      baseline +=
        LAYOUT.blockHeight +
        stackGap * 2 +
        Math.max(...row.map((s) => s.height)) -
        LAYOUT.blockHeight;
    let x = 0;
    for (const stack of row) {
      moved.set(stack.root, { ...stack.root, x, y: baseline });
      x += stack.width + stackGap;
    }
  });
  return { ...design, blocks: design.blocks.map((b) => moved.get(b) ?? b) };
}
