import type { FiguresByKind } from '../figures';
import type { VariantId } from '../ids';
import type { BlockKind } from '../kinds';

/** One catalog variant: what a palette tile offers and where its numbers come from. */
export type VariantOf<K extends BlockKind> = {
  readonly id: VariantId;
  readonly kind: K;
  /** Short name shown on the block. */
  readonly label: string;
  /** Default figures; a block may override any of them with `props`. */
  readonly figures: Readonly<FiguresByKind[K]>;
  /**
   * A default that depends on the machine the block is added to, as the real product picks it:
   * Docker Desktop gives its hidden VM half the machine's memory. Applied when the block is
   * added (the figure then stays fixed, as the real setting does).
   */
  readonly fromMachine?: { readonly vmMemoryShare: number };
};

/** A variant of any kind, or of the kinds `K` (a mapped type for the same reason as `Block`). */
export type Variant<K extends BlockKind = BlockKind> = { [P in K]: VariantOf<P> }[K];
