import { blockName, type Design } from '@/engine';

export { blockName };

export function blockNameById(design: Design, id: string): string {
  const block = design.blocks.find((b) => b.id === id);
  return block ? blockName(block) : id;
}
