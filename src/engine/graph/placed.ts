import type { VariantOf } from '../catalog/types';
import type { BlockOf } from '../design';
import type { Arch, FiguresByKind } from '../figures';
import type { BlockKind } from '../kinds';
import type { Role } from './roles';
import type { Translation } from './translation';

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
  /** Whose memory and disk pay for this block: a machine, or a VM (see `isVm`). */
  readonly account: Placed | undefined;
  /** The nearest container engine below, within the same kernel. Set ⇒ it runs in a container. */
  readonly engine: Placed | undefined;
  readonly role: Role;
  /**
   * It really runs: installed, in a legal place, on a block that runs. A misplaced block (an app
   * on bare hardware) and everything on it are drawn but cost nothing and start never.
   */
  readonly runs: boolean;
  /**
   * The CPU its code meets: the machine's, or inside an emulated VM the CPU that VM pretends to
   * be (an arm64 guest under QEMU on x86 is an arm64 CPU to everything in it).
   */
  readonly cpu: Arch | undefined;
  /** The build it runs as: its pinned architecture, or, for a multi-arch one, `cpu`. */
  readonly build: Arch | undefined;
  /** Set when its instructions are translated in software (QEMU, Rosetta), and by whom. */
  readonly translation: Translation | undefined;
  /**
   * How many times slower CPU work runs here than natively, from every translation on the way
   * down (1 = native; 10 inside a QEMU-emulated VM). Start times are multiplied by it.
   */
  readonly slowdown: number;
};

/** A placed block of any kind, discriminated by `kind` (or of the kinds `K`, as `Block` is). */
export type Placed<K extends BlockKind = BlockKind> = { [P in K]: PlacedOf<P> }[K];

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

/** A type 1 hypervisor running as the guest of another hypervisor: a VM (a nested lab). */
export function isHypervisorVm(p: Placed | undefined): p is PlacedOf<'hypervisor'> {
  return (
    isKind(p, 'hypervisor') && p.figures.hypervisorType === '1' && isKind(p.host, 'hypervisor')
  );
}

/** A container engine that boots a Linux VM of its own (Docker Desktop, podman machine). */
export function isHiddenVm(p: Placed | undefined): p is PlacedOf<'engine'> {
  return isKind(p, 'engine') && p.figures.linuxVm && isKind(p.host, 'os');
}

/** A block that is a virtual machine (see `asVm`). */
export type VmPlaced = PlacedOf<'os'> | PlacedOf<'hypervisor'> | PlacedOf<'engine'>;

/**
 * A virtual machine: something that is given its own memory and disk up front, and whose contents
 * must fit in them — a guest OS, a type 1 hypervisor run as a guest, or an engine's hidden VM.
 * Returns the block as a VM, or `undefined` (a plain function, so `p` keeps its own type).
 */
export function asVm(p: Placed | undefined): VmPlaced | undefined {
  return isGuestOs(p) || isHypervisorVm(p) || isHiddenVm(p) ? p : undefined;
}

export function isVm(p: Placed | undefined): boolean {
  return asVm(p) !== undefined;
}

/**
 * A type 1 hypervisor installed on an OS of the family its privileged domain needs (Hyper-V on
 * Windows, Xen on Linux): it slides underneath, and that OS becomes its root partition or Dom0.
 */
export function slidesUnder(p: Placed | undefined): boolean {
  return (
    isKind(p, 'hypervisor') &&
    p.figures.hypervisorType === '1' &&
    isKind(p.host, 'os') &&
    p.figures.controlDomain === p.host.figures.family
  );
}

/** The blocks from `p`'s host down to the bottom of its stack, nearest first. */
export function* below(p: Placed): Generator<Placed> {
  if (!p.reached) return;
  for (let at = p.host; at !== undefined; at = at.host) yield at;
}
