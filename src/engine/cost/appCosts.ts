import { kernelArch, startMsOf } from '../graph/kernelFacts';
import type { Placed, PlacedOf } from '../graph/placed';
import type { BlockId } from '../ids';
import type { Accounts } from './accounts';
import { EMULATION_PENALTY_PCT, NESTED_PENALTY_PCT, performanceAfter } from './penalties';

/** How one more copy of an app is started: a container, a whole VM, or a plain process. */
export type CopyKind = 'container' | 'vm' | 'process';

export type AppReport = {
  readonly blockId: BlockId;
  /** Block ids from the hardware up to the app. */
  readonly path: readonly BlockId[];
  /** Σ start times of every block on the path (+ the engine's container start), from power-on. */
  readonly coldStartMs: number;
  /** Time to start one more copy, with everything below already running. */
  readonly instanceStartMs: number;
  /** Blocks a disk or network request crosses: the app's kernel, hypervisors and host OS, hardware. */
  readonly ioPath: readonly BlockId[];
  /** CPU performance after every overhead below it, percent of bare metal. */
  readonly performancePct: number;
  /** How many more identical copies fit in the free memory. */
  readonly extraCopies: number;
  readonly copyKind: CopyKind;
  /** Memory one more copy costs, MiB. */
  readonly copyCostMiB: number;
};

/** For each installed app (by its index in the design), the blocks below it, nearest first. */
export type AppPaths = readonly (readonly Placed[] | undefined)[];

export function appPaths(apps: readonly Placed[], blockCount: number): AppPaths {
  const paths: (Placed[] | undefined)[] = new Array(blockCount);
  for (const app of apps) {
    if (app.machine === undefined) continue;
    const down: Placed[] = [];
    for (let at = app.host; at !== undefined; at = at.host) down.push(at);
    paths[app.index] = down;
  }
  return paths;
}

type Copy = { kind: CopyKind; startMs: number; costMiB: number; payer: Placed | undefined };

/** DESIGN.md §3: below the app, the nearest engine or hypervisor decides what "one more" is. */
function nextCopy(app: PlacedOf<'app'>, down: readonly Placed[]): Copy {
  let sum = startMsOf(app);
  let sumAboveOs: number | undefined;
  let previous: Placed = app;
  for (const b of down) {
    if (b.kind === 'engine') {
      return {
        kind: 'container',
        startMs: b.figures.containerStartMs + sum,
        costMiB: app.figures.memoryMiB + b.figures.perContainerMemoryMiB,
        payer: app.account,
      };
    }
    if (b.kind === 'hypervisor' && previous.kind === 'os') {
      return {
        kind: 'vm',
        startMs: sum,
        costMiB: previous.figures.vmMemoryMiB + b.figures.perVmMemoryMiB,
        payer: b.account,
      };
    }
    if (b.kind === 'os' && sumAboveOs === undefined) sumAboveOs = sum;
    sum += startMsOf(b);
    previous = b;
  }
  return {
    kind: 'process',
    startMs: sumAboveOs ?? sum,
    costMiB: app.figures.memoryMiB,
    payer: app.account,
  };
}

function overheads(app: PlacedOf<'app'>, down: readonly Placed[]): number[] {
  const pcts: number[] = [];
  for (const b of down) {
    if (b.kind === 'hypervisor') {
      pcts.push(b.figures.cpuOverheadPct);
      if (b.role === 'nested-hypervisor' && b.figures.needsVirtualization)
        pcts.push(NESTED_PENALTY_PCT);
    } else if (b.kind === 'engine') {
      pcts.push(b.figures.cpuOverheadPct);
    }
  }
  const engine = app.engine;
  const arch = app.kernel === undefined ? undefined : kernelArch(app.kernel);
  if (
    engine?.kind === 'engine' &&
    engine.figures.emulates &&
    arch !== undefined &&
    arch !== app.figures.arch
  ) {
    pcts.push(EMULATION_PENALTY_PCT);
  }
  return pcts;
}

function ioPathOf(app: Placed): BlockId[] {
  const io: BlockId[] = [];
  for (let at = app.kernel; at !== undefined; at = at.host) {
    const onPath =
      at.kind === 'os' ||
      at.kind === 'hypervisor' ||
      at.kind === 'hardware' ||
      (at.kind === 'engine' && at.figures.linuxVm);
    if (onPath) io.push(at.block.id);
    if (at.kind === 'hardware') break;
  }
  return io;
}

/** Block ids from the hardware up to the app. */
function pathIds(app: Placed, down: readonly Placed[]): BlockId[] {
  const ids = new Array<BlockId>(down.length + 1);
  for (let i = 0; i < down.length; i++) ids[down.length - 1 - i] = (down[i] as Placed).block.id;
  ids[down.length] = app.block.id;
  return ids;
}

/** Start times, I/O path, performance and room for more copies, for every app. */
export function computeAppCosts(
  apps: readonly PlacedOf<'app'>[],
  paths: AppPaths,
  accounts: Accounts,
): AppReport[] {
  return apps.map((app) => {
    const down = paths[app.index];
    if (down === undefined) {
      // Not installed: it does not run, so it starts never and costs nothing.
      return {
        blockId: app.block.id,
        path: [app.block.id],
        coldStartMs: 0,
        instanceStartMs: 0,
        ioPath: [],
        performancePct: 0,
        extraCopies: 0,
        copyKind: 'process',
        copyCostMiB: app.figures.memoryMiB,
      };
    }
    let cold = startMsOf(app);
    for (const b of down) cold += startMsOf(b);
    if (app.engine?.kind === 'engine') cold += app.engine.figures.containerStartMs;
    const copy = nextCopy(app, down);
    const free =
      copy.payer === undefined ? 0 : (accounts.byIndex[copy.payer.index]?.memory.freeMiB ?? 0);
    // A copy always costs something: a zero-figure app must not claim infinitely many copies.
    const cost = Math.max(1, copy.costMiB);
    return {
      blockId: app.block.id,
      path: pathIds(app, down),
      coldStartMs: cold,
      instanceStartMs: copy.startMs,
      ioPath: ioPathOf(app),
      performancePct: performanceAfter(overheads(app, down)),
      extraCopies: Math.floor(free / cost),
      copyKind: copy.kind,
      copyCostMiB: copy.costMiB,
    };
  });
}
