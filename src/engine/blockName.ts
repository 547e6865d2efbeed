import { findVariant } from './catalog';
import type { Block } from './design';
import { KIND_LABELS } from './kinds';

/** How a block is named to a student: its label, else its variant's name. */
export function blockName(block: Block): string {
  const label = block.label?.trim();
  if (label) return label;
  return findVariant(block.kind, block.variant)?.label ?? KIND_LABELS[block.kind];
}
