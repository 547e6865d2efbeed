import { hierarchy, partition } from 'd3-hierarchy';
import type { Block, Design } from '../design';
import type { BlockId } from '../ids';

/** Geometry of one block on the canvas, in canvas pixels. */
export type BlockBox = {
  /** Top-left corner, absolute. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The block it is drawn on top of (its host), when that host is laid out in the same stack. */
  readonly parentId: BlockId | undefined;
};

export const LAYOUT = {
  /** Width a block gets when nothing runs on it. */
  leafWidth: 184,
  blockHeight: 58,
  /** Vertical gap between a layer and the one it runs on: where the "runs on" link is drawn. */
  layerGap: 16,
  /** Horizontal gap between neighbouring blocks. */
  siblingGap: 8,
  /** Horizontal gap between stacks placed side by side by `tidyStacks`. */
  stackGap: 72,
} as const;

type Node = { block: Block | undefined; host: Node | undefined; children: Node[] };

/** Stack roots: blocks with no host in the design, plus one block of every circle of hosts. */
function buildForest(design: Design): Node[] {
  const nodes = new Map<BlockId, Node>();
  for (const block of design.blocks) {
    if (!nodes.has(block.id)) nodes.set(block.id, { block, host: undefined, children: [] });
  }
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const host = node.block?.on === undefined ? undefined : nodes.get(node.block.on);
    node.host = host;
    if (host) host.children.push(node);
    else roots.push(node);
  }
  const reached = new Set<Node>();
  const reach = (from: Node) => {
    const todo = [from];
    while (todo.length > 0) {
      const n = todo.pop() as Node;
      if (reached.has(n)) continue;
      reached.add(n);
      todo.push(...n.children);
    }
  };
  roots.forEach(reach);
  // A circle is reachable from no root: cut it at its first block, which becomes a root.
  for (const node of nodes.values()) {
    if (reached.has(node)) continue;
    const host = node.host as Node;
    host.children.splice(host.children.indexOf(node), 1);
    node.host = undefined;
    roots.push(node);
    reach(node);
  }
  return roots;
}

/**
 * Lays every stack out like the seed's figures: the stack's bottom block (usually hardware) at its
 * own position, each layer on top of what it runs on, as wide as everything that runs on it, and
 * children side by side in design order. Only the bottom block of a stack has a free position.
 *
 * Uses d3-hierarchy's partition: every block with nothing on it counts 1, so a block's width is
 * the number of "leaves" above it times the leaf width.
 */
export function layoutStacks(design: Design): Map<BlockId, BlockBox> {
  const roots = buildForest(design);
  const { leafWidth, blockHeight, layerGap, siblingGap } = LAYOUT;
  const layer = blockHeight + layerGap;
  // One virtual root over every stack, so a single partition pass lays out the whole canvas.
  const top = hierarchy<Node>({ block: undefined, host: undefined, children: roots }).sum((n) =>
    n.children.length === 0 && n.block !== undefined ? 1 : 0,
  );
  const leaves = Math.max(1, top.value ?? 1);
  partition<Node>().size([leaves * leafWidth, (top.height + 1) * layer])(top);

  const boxes = new Map<BlockId, BlockBox>();
  for (const stack of top.children ?? []) {
    const root = stack.data.block as Block;
    const originX = root.x ?? 0;
    const originY = root.y ?? 0;
    const left = (stack as unknown as { x0: number }).x0;
    stack.each((n) => {
      const block = n.data.block as Block;
      const p = n as unknown as { x0: number; x1: number };
      boxes.set(block.id, {
        x: originX + (p.x0 - left),
        y: originY - (n.depth - 1) * layer,
        width: Math.max(leafWidth - siblingGap, p.x1 - p.x0 - siblingGap),
        height: blockHeight,
        parentId: n.parent?.data.block?.id,
      });
    });
  }
  return boxes;
}

/**
 * The rectangle around every box (a picture's frame); a single empty block's size when there
 * are none, so a picture of an empty design is still a picture.
 */
export function boundsOf(boxes: ReadonlyMap<BlockId, BlockBox>): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes.values()) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  if (!Number.isFinite(minX))
    return { x: 0, y: 0, width: LAYOUT.leafWidth, height: LAYOUT.blockHeight };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
