import type { FiguresByKind } from './figures';
import type { BlockId, VariantId } from './ids';
import type { BlockKind } from './kinds';

/** The `format` tag every design file carries. */
export const DESIGN_FORMAT = 'stack-sandbox';
/**
 * The file format version this build reads and writes. Version 2 (issue 8): operating systems,
 * layers and apps are multi-arch unless pinned; a runtime layer's own C library need is
 * `needsLibc`; a hand-in may say who made it and for which exercise. Older files are migrated
 * when read (see `parse/designMigrations.ts`).
 */
export const DESIGN_VERSION = 2;

/** One block of one kind. `props` overrides the catalog figures of its variant. */
export type BlockOf<K extends BlockKind> = {
  readonly id: BlockId;
  readonly kind: K;
  readonly variant: VariantId;
  /** The block this one runs on. Hardware has none; any other block without one is "not installed". */
  readonly on?: BlockId;
  readonly x?: number;
  readonly y?: number;
  readonly label?: string;
  readonly props?: Readonly<Partial<FiguresByKind[K]>>;
};

/**
 * A block of any kind (a union discriminated by `kind`), or of the kinds `K`. Written as a mapped
 * type indexed by `K` so that code generic in the kind reads it as `BlockOf<K>` (its props that
 * kind's figures), and a result built that way is a `Block` without a cast.
 */
export type Block<K extends BlockKind = BlockKind> = { [P in K]: BlockOf<P> }[K];

/** A design: a forest of blocks, as written in a `.json` file (format version 2). */
export type Design = {
  readonly format: typeof DESIGN_FORMAT;
  readonly version: typeof DESIGN_VERSION;
  readonly name: string;
  /** Who made it, when it was handed in for an exercise (a display name, nothing more). */
  readonly author?: string;
  /** The id of the exercise it was made for, when it was handed in for one. */
  readonly exercise?: string;
  readonly blocks: readonly Block[];
};
