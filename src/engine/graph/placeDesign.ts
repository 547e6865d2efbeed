import { defaultVariant, findVariant } from '../catalog';
import type { Variant } from '../catalog/types';
import type { Block, Design } from '../design';
import type { BlockId } from '../ids';
import type { BlockKind } from '../kinds';
import type { Arch } from '../figures';
import { isHiddenVm, isVm, type Placed, type PlacedOf } from './placed';
import { deriveRole } from './roles';
import { systemEmulation, userTranslation, type Translation } from './translation';

/** A design with every block placed: the input every rule and cost reads. */
export type Placement = {
  /** Every block, in design order. */
  readonly all: readonly Placed[];
  /** Every reached block, each after its host (parents first). */
  readonly topDown: readonly Placed[];
  readonly byId: ReadonlyMap<BlockId, Placed>;
  readonly byKind: { readonly [K in BlockKind]: readonly PlacedOf<K>[] };
  /** Blocks whose `on` names a block that is not in the design. */
  readonly dangling: readonly Placed[];
  /** Each circle of blocks running on one another, members in design order. */
  readonly cycles: readonly (readonly Placed[])[];
};

/** A placement, and the one thing left to settle on it once the stack rules have spoken. */
export type Placing = {
  readonly placement: Placement;
  /**
   * Settles which blocks really run: a block runs when it is in a legal place (as placed), no
   * error says it cannot run there (`blocked`), and its host runs. Costs are counted only after
   * this. Called once per evaluation.
   */
  readonly settleRuns: (blocked: ReadonlySet<BlockId>) => void;
};

type Mutable<T> = { -readonly [P in keyof T]: T[P] };
/**
 * A placed block while `placeDesign` fills it in as its walk reaches it: writable, its children
 * drafts too. Handed out as a read-only `Placed`; only `settleRuns` writes to it after that.
 */
type DraftOf<K extends BlockKind> = Mutable<Omit<PlacedOf<K>, 'children'>> & { children: Draft[] };
type Draft<K extends BlockKind = BlockKind> = { [P in K]: DraftOf<P> }[K];

const NO_CHILDREN: Draft[] = [];

function variantOf<K extends BlockKind>(block: Block<K>): Variant<K> {
  return findVariant(block.kind, block.variant) ?? defaultVariant(block.kind);
}

/** What blocks standing on `p` inherit from it. */
function kernelFor(p: Placed): Placed | undefined {
  if (p.kind === 'os') return p;
  if (isHiddenVm(p)) return p;
  return p.kernel;
}
/** Whose memory pays for what stands on `p`: a machine, or the VM that `p` is. */
function accountFor(p: Placed): Placed | undefined {
  if (p.kind === 'hardware' || isVm(p)) return p;
  return p.account;
}
function engineFor(p: Placed): Placed | undefined {
  if (p.kind === 'engine') return p;
  if (p.kind === 'os') return undefined; // a new kernel: whatever is below is another world
  return p.engine;
}

/**
 * Type 1 on a machine, on the OS its privileged domain needs (it slides under), or as the guest
 * of another hypervisor (it boots in a VM like any OS); type 2 or KVM on an OS.
 */
function hypervisorFits(h: PlacedOf<'hypervisor'>, host: Placed): boolean {
  const type = h.figures.hypervisorType;
  if (host.kind === 'hardware' || host.kind === 'hypervisor') return type === '1';
  if (host.kind !== 'os') return false;
  return type !== '1' || h.figures.controlDomain === host.figures.family;
}

/** The architecture a block is built for, when it has one of its own (not multi-arch). */
function pinnedArch(p: Placed): Arch | undefined {
  if (p.kind !== 'os' && p.kind !== 'library' && p.kind !== 'app') return undefined;
  const arch = p.figures.arch;
  return arch === 'any' ? undefined : arch;
}

/** Who translates this block's instructions, if the CPU below does not speak them. */
function translationOf(d: Placed, host: Placed, pinned: Arch | undefined): Translation | undefined {
  // A guest of an emulating hypervisor (QEMU without acceleration) is translated whole.
  if (d.kind === 'os' && host.kind === 'hypervisor' && host.figures.emulates)
    return systemEmulation(host.figures.cpuOverheadPct);
  const cpu = host.cpu;
  if (pinned === undefined || cpu === undefined || pinned === cpu) return undefined;
  if (d.kind !== 'library' && d.kind !== 'app') return undefined;
  // In a container, an engine that emulates runs foreign images; on macOS, Rosetta runs x86 apps.
  const engine = d.kind === 'app' || d.kind === 'library' ? engineFor(host) : undefined;
  if (engine?.kind === 'engine' && engine.figures.emulates) {
    const onMac = engine.host?.kind === 'os' && engine.host.figures.family === 'macos';
    return userTranslation(pinned, cpu, onMac);
  }
  const kernel = kernelFor(host);
  if (engine === undefined && kernel?.kind === 'os' && kernel.figures.family === 'macos')
    return userTranslation(pinned, cpu, true);
  return undefined;
}

function derive(d: Draft): void {
  const host = d.host;
  d.reached = true;
  if (d.kind === 'hardware' || host === undefined) {
    // Hardware is always the bottom of its own stack, even when a file says otherwise.
    d.depth = 0;
    d.machine = d.kind === 'hardware' ? d : undefined;
    d.kernel = undefined;
    d.account = undefined;
    d.engine = undefined;
  } else {
    d.depth = host.depth + 1;
    d.machine = host.machine;
    d.kernel = d.kind === 'os' ? d : kernelFor(host);
    d.account = accountFor(host);
    d.engine = d.kind === 'os' ? undefined : engineFor(host);
  }
  const installed = d.machine !== undefined;
  const below = d.kind === 'os' ? (host === undefined ? undefined : kernelFor(host)) : d.kernel;
  const hypervisor = d.kind === 'hypervisor' ? d : undefined;
  d.role = deriveRole({
    typeFitsHost:
      hypervisor !== undefined && host !== undefined && hypervisorFits(hypervisor, host),
    hypervisorType: hypervisor?.figures.hypervisorType,
    kind: d.kind,
    hostKind: d.kind === 'hardware' ? undefined : host?.kind,
    installed,
    insideVm: d.account !== undefined && d.account.kind !== 'hardware',
    inContainer: d.engine !== undefined,
    onKernel: below !== undefined,
  });
  d.runs =
    d.kind === 'hardware' ||
    (host !== undefined && host.runs && d.role !== 'misplaced' && d.role !== 'not-installed');

  const placed: Placed = d;
  const pinned = pinnedArch(placed);
  if (placed.kind === 'hardware') {
    d.cpu = placed.figures.arch;
    d.translation = undefined;
    d.slowdown = 1;
  } else if (host === undefined || !installed) {
    d.cpu = undefined;
    d.translation = undefined;
    d.slowdown = 1;
  } else {
    d.translation = translationOf(placed, host, pinned);
    // Inside a whole-system emulator the guest's own architecture is the CPU it sees.
    d.cpu = d.translation?.by === 'qemu-system' && pinned !== undefined ? pinned : host.cpu;
    d.slowdown = host.slowdown * (1 + (d.translation?.overheadPct ?? 0) / 100);
  }
  d.build = pinned ?? d.cpu;
}

/** A block as placed before the walk: only what the block and its catalog entry say. */
function draftOf<K extends BlockKind>(block: Block<K>, index: number): Draft<K> {
  const variant = variantOf(block);
  return {
    kind: block.kind,
    block,
    index,
    variant,
    // Most blocks keep their catalog figures: share the catalog's object instead of copying it.
    figures: block.props === undefined ? variant.figures : { ...variant.figures, ...block.props },
    host: undefined,
    children: NO_CHILDREN,
    reached: false,
    depth: 0,
    machine: undefined,
    kernel: undefined,
    account: undefined,
    engine: undefined,
    role: 'not-installed',
    runs: false,
    cpu: undefined,
    build: undefined,
    translation: undefined,
    slowdown: 1,
  };
}

/** Files a placed block under its own kind. */
function fileByKind<K extends BlockKind>(
  byKind: { [P in BlockKind]: PlacedOf<P>[] },
  p: Placed<K>,
): void {
  byKind[p.kind].push(p);
}

/**
 * Places every block of a design: its host, children, machine, kernel, account and role.
 * Linear in the number of blocks; safe on designs with dangling hosts or circles.
 */
export function placeDesign(design: Design): Placing {
  const drafts: Draft[] = design.blocks.map(draftOf);
  const byId = new Map<BlockId, Draft>();
  for (const d of drafts) if (!byId.has(d.block.id)) byId.set(d.block.id, d);

  const dangling: Placed[] = [];
  for (const d of drafts) {
    if (d.block.on === undefined) continue;
    const host = byId.get(d.block.on);
    if (host === undefined) dangling.push(d);
    else {
      d.host = host;
      // Most blocks are leaves: they share one empty list until something lands on them.
      if (host.children === NO_CHILDREN) host.children = [];
      host.children.push(d);
    }
  }

  // Parents first: start from every block that is the bottom of a stack and walk upwards.
  const topDown: Draft[] = [];
  for (const d of drafts) {
    if (d.kind === 'hardware' || d.host === undefined) topDown.push(d);
  }
  // for-of walks the queue as it grows.
  for (const p of topDown) {
    derive(p);
    // A hardware child is a bottom of its own and was queued above; everything else is new.
    for (const child of p.children)
      if (child.kind !== 'hardware' && !child.reached) topDown.push(child);
  }

  const cycles = findCycles(drafts.filter((d) => !d.reached));
  const byKind: { [K in BlockKind]: PlacedOf<K>[] } = {
    hardware: [],
    os: [],
    hypervisor: [],
    engine: [],
    library: [],
    app: [],
  };
  for (const d of drafts) fileByKind(byKind, d);
  return {
    placement: { all: drafts, topDown, byId, byKind, dangling, cycles },
    settleRuns(blocked) {
      for (const d of topDown) {
        if (d.kind === 'hardware') continue;
        d.runs = d.runs && !blocked.has(d.block.id) && (d.host === undefined || d.host.runs);
      }
    },
  };
}

/** Among unreached blocks every host chain ends in a circle; find each circle once. */
function findCycles(unreached: readonly Placed[]): Placed[][] {
  const state = new Map<Placed, 1 | 2>();
  const cycles: Placed[][] = [];
  for (const start of unreached) {
    const walk: Placed[] = [];
    let at: Placed | undefined = start;
    while (at !== undefined && !state.has(at)) {
      state.set(at, 1);
      walk.push(at);
      at = at.host;
    }
    if (at !== undefined && state.get(at) === 1) {
      cycles.push(walk.slice(walk.indexOf(at)).sort((a, b) => a.index - b.index));
    }
    for (const p of walk) state.set(p, 2);
  }
  return cycles;
}
