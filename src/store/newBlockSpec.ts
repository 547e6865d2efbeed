import {
  findVariant,
  freeSpot,
  inheritedArch,
  type BlockId,
  type BlockKind,
  type Design,
  type NewBlock,
  type VariantId,
} from '@/engine';
import type { Position } from './types';

/**
 * What adding `variant` at `where` creates. A new OS or app comes in the build that matches what
 * it lands on (see `inheritedArch`); a block dropped on nothing goes where it was dropped, or to
 * a free spot right of every stack.
 */
export function newBlockSpec(
  design: Design,
  kind: BlockKind,
  variant: VariantId,
  where: { on?: BlockId; at?: Position },
): NewBlock | undefined {
  const entry = findVariant(kind, variant);
  if (!entry) return undefined;
  const arch = kind === 'os' || kind === 'app' ? inheritedArch(design, where.on) : undefined;
  const ownArch = (entry.figures as { arch?: string }).arch;
  return {
    kind,
    variant,
    ...(where.on === undefined ? { at: where.at ?? freeSpot(design) } : { on: where.on }),
    ...(arch !== undefined && arch !== ownArch ? { props: { arch } } : {}),
  };
}
