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

type Node = { block: Block; host: Node | undefined; children: Node[] };

/** Stack roots: blocks with no host in the design, plus one block of every circle of hosts. */
function buildForest(design: Design): Node[] {
  const nodes = new Map<BlockId, Node>();
  for (const block of design.blocks) {
    if (!nodes.has(block.id)) nodes.set(block.id, { block, host: undefined, children: [] });
  }
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const host = node.block.on === undefined ? undefined : nodes.get(node.block.on);
    node.host = host;
    if (host) host.children.push(node);
    else roots.push(node);
  }
  const reached = new Set<Node>();
  const reach = (from: Node) => {
    const todo = [from];
    for (let n = todo.pop(); n !== undefined; n = todo.pop()) {
      if (reached.has(n)) continue;
      reached.add(n);
      todo.push(...n.children);
    }
  };
  roots.forEach(reach);
  // A circle is reachable from no root: cut it at its first block, which becomes a root.
  for (const node of nodes.values()) {
    if (reached.has(node)) continue;
    // Not reached, so not a root: it has a host.
    node.host?.children.splice(node.host.children.indexOf(node), 1);
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
 * Every block with nothing on it counts 1 (a "leaf"), so a block's width is the number of leaves
 * above it times the leaf width — a partition, worked out in two passes without recursion (a
 * stack can be thousands of layers deep): leaves counted from the top down to each block, then
 * places handed out from each block up to what runs on it.
 */
export function layoutStacks(design: Design): Map<BlockId, BlockBox> {
  const { leafWidth, blockHeight, layerGap, siblingGap } = LAYOUT;
  const layer = blockHeight + layerGap;
  const boxes = new Map<BlockId, BlockBox>();
  const leaves = new Map<Node, number>();
  for (const root of buildForest(design)) {
    // Breadth first, as the canvas needs them: every block after the one it runs on.
    const order: { node: Node; depth: number }[] = [{ node: root, depth: 0 }];
    for (let i = 0; i < order.length; i++)
      for (const child of order[i]!.node.children)
        order.push({ node: child, depth: order[i]!.depth + 1 });
    for (let i = order.length - 1; i >= 0; i--) {
      const { node } = order[i]!;
      let count = node.children.length === 0 ? 1 : 0;
      for (const child of node.children) count += leaves.get(child)!;
      leaves.set(node, count);
    }
    const originX = root.block.x ?? 0;
    const originY = root.block.y ?? 0;
    const leftOf = new Map<Node, number>([[root, 0]]);
    for (const { node, depth } of order) {
      const { block } = node;
      const left = leftOf.get(node)!;
      boxes.set(block.id, {
        x: originX + left,
        y: originY - depth * layer,
        width: Math.max(leafWidth - siblingGap, leaves.get(node)! * leafWidth - siblingGap),
        height: blockHeight,
        parentId: node.host?.block.id,
      });
      let at = left;
      for (const child of node.children) {
        leftOf.set(child, at);
        at += leaves.get(child)! * leafWidth;
      }
    }
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
