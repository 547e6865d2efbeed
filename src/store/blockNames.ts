import { blockName, type Block, type Design } from '@/engine';

export { blockName };

// A design never changes once made, so its blocks are indexed once: panels name hundreds of
// blocks per render (every app sharing a layer), and a search through the design for each name
// made a 1,000-block design's Costs panel quadratic.
const indexes = new WeakMap<Design, ReadonlyMap<string, Block>>();

function blocksById(design: Design): ReadonlyMap<string, Block> {
  let index = indexes.get(design);
  if (!index) indexes.set(design, (index = new Map(design.blocks.map((b) => [b.id, b]))));
  return index;
}

export function blockNameById(design: Design, id: string): string {
  const block = blocksById(design).get(id);
  return block ? blockName(block) : id;
}
