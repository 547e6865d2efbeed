import { findVariant, KIND_LABELS, type Block, type Design } from '@/engine';

/** How a block is named to a student: its label, else its variant's name. */
export function blockName(block: Block): string {
  const label = block.label?.trim();
  if (label) return label;
  return findVariant(block.kind, block.variant)?.label ?? KIND_LABELS[block.kind];
}

export function blockNameById(design: Design, id: string): string {
  const block = design.blocks.find((b) => b.id === id);
  return block ? blockName(block) : id;
}
