import type { VariantOf } from '../catalog/types';
import type { BlockOf } from '../design';
import type { FiguresByKind } from '../figures';
import type { BlockKind } from '../kinds';
import type { Role } from './roles';

/** A block with everything derived from where it sits. Built once per evaluation. */
export type PlacedOf<K extends BlockKind> = {
  readonly kind: K;
  readonly block: BlockOf<K>;
  /** Position in the design's block list: the order diagnostics and costs are reported in. */
  readonly index: number;
  readonly variant: VariantOf<K>;
  /** The catalog figures with the block's own overrides applied. */
  readonly figures: Readonly<FiguresByKind[K]>;
  /** The block it runs on, if that block exists. */
  readonly host: Placed | undefined;
  readonly children: readonly Placed[];
  /** False for blocks caught in (or stacked on) a circle of hosts: nothing below is known. */
  readonly reached: boolean;
  readonly depth: number;
  /** The machine at the bottom of its stack; `undefined` when the stack never reaches hardware. */
  readonly machine: Placed | undefined;
  /**
   * The kernel its processes use: the OS itself for an OS, else the nearest OS below, or an
   * engine that brings its own Linux VM (Docker Desktop) for what runs inside it.
   */
  readonly kernel: Placed | undefined;
  /** Whose memory and disk pay for this block: a machine, or a VM (guest OS). */
  readonly account: Placed | undefined;
  /** The nearest container engine below, within the same kernel. Set ⇒ it runs in a container. */
  readonly engine: Placed | undefined;
  readonly role: Role;
};

/** A placed block of any kind, discriminated by `kind`. */
export type Placed = { [K in BlockKind]: PlacedOf<K> }[BlockKind];

export function isKind<K extends BlockKind>(
  p: Placed | undefined,
  kind: K,
): p is Extract<Placed, { kind: K }> {
  return p !== undefined && p.kind === kind;
}

/** An OS running on a hypervisor: a virtual machine. */
export function isGuestOs(p: Placed | undefined): p is PlacedOf<'os'> {
  return isKind(p, 'os') && isKind(p.host, 'hypervisor');
}

/** The blocks from `p`'s host down to the bottom of its stack, nearest first. */
export function* below(p: Placed): Generator<Placed> {
  if (!p.reached) return;
  for (let at = p.host; at !== undefined; at = at.host) yield at;
}
