import {
  defaultsOnHost,
  findVariant,
  freeSpot,
  type BlockId,
  type BlockKind,
  type Design,
  type NewBlock,
  type VariantId,
} from '@/engine';
import type { Position } from './types';

/**
 * What adding `variant` at `where` creates. OSes, layers and apps are multi-arch and take the
 * CPU of what they land on when evaluated; a few figures follow the machine (Docker Desktop's
 * hidden VM gets half its memory, see `defaultsOnHost`). A block dropped on nothing goes where it
 * was dropped, or to a free spot right of every stack.
 */
export function newBlockSpec(
  design: Design,
  kind: BlockKind,
  variant: VariantId,
  where: { on?: BlockId; at?: Position },
): NewBlock | undefined {
  if (!findVariant(kind, variant)) return undefined;
  const props = defaultsOnHost(design, kind, variant, where.on);
  return {
    kind,
    variant,
    ...(where.on === undefined ? { at: where.at ?? freeSpot(design) } : { on: where.on }),
    ...(Object.keys(props).length > 0 ? { props } : {}),
  };
}
