import { startMsOf } from '../graph/kernelFacts';
import { isGuestOs, isHiddenVm, type Placed, type PlacedOf } from '../graph/placed';
import type { Placement } from '../graph/placeDesign';
import type { TranslatorId } from '../graph/translation';
import type { BlockId } from '../ids';
import type { Accounts } from './accounts';
import { ownValue } from '../read/fields';
import { lazyField } from '../lazy';
import { roundMiB } from './gauge';
import { ioHopsOf, type IoHop } from './ioPath';
import {
  pathOf,
  sameSteps,
  stepper,
  type StartPart,
  type Step,
  type StepVerdicts,
  type Trail,
} from './trail';
import { NESTED_PENALTY_PCT } from './penalties';

export type { StartPart } from './trail';

/** How one more copy of an app is started: a container, a whole VM, or a plain process. */
export type CopyKind = 'container' | 'vm' | 'process';

export type AppReport = {
  readonly blockId: BlockId;
  /** It really runs (installed, every block below in a legal place). Else every figure is 0. */
  readonly runs: boolean;
  /** Block ids from the hardware up to the app. */
  readonly path: readonly BlockId[];
  /** Σ start times of every block on the path (+ the engine's container start), from power-on. */
  readonly coldStartMs: number;
  /** Where `coldStartMs` comes from, from the hardware up; the parts add up to it. */
  readonly startParts: readonly StartPart[];
  /** Time to start one more copy, with everything below already running. */
  readonly instanceStartMs: number;
  /** Blocks a disk or network request crosses: the app's kernel, hypervisors and host OS, hardware. */
  readonly ioPath: readonly BlockId[];
  /** The same path hop by hop, with what each hop is (a block can be two: a hidden VM's kernel and its hypervisor). */
  readonly ioHops: readonly IoHop[];
  /** CPU performance after every overhead below it, percent of bare metal. */
  readonly performancePct: number;
  /** Who translates the app's (or its layers') instructions for another CPU, if anyone. */
  readonly translatedBy: TranslatorId | undefined;
  /** How many more identical copies fit in the free memory. */
  readonly extraCopies: number;
  readonly copyKind: CopyKind;
  /** Memory one more copy costs, MiB. */
  readonly copyCostMiB: number;
};

/** Rounds a time to a microsecond, so sums of figures print as a teacher expects. */
const roundMs = (ms: number) => Math.round(ms * 1000) / 1000 + 0;

/**
 * Per block, what the stack below it adds up to, computed once parents-first so that every app
 * reads its figures in constant time, whatever the depth of its stack.
 */
type Cumulative = {
  /** Σ start times from power-on up to and including the block. */
  cold: Float64Array;
  /** Π (1 + overhead) of every CPU overhead from the hardware up to the block. */
  cpuFactor: Float64Array;
  /** The largest user-mode translation overhead in the block's own kernel, and who does it. */
  userPct: Float64Array;
  userBy: (TranslatorId | undefined)[];
  /** Set inside a VM whose every instruction an emulating hypervisor translates (QEMU's TCG). */
  systemBy: (TranslatorId | undefined)[];
};

function ownCpuFactor(p: Placed): number {
  if (p.kind === 'hypervisor') {
    const nested = p.role === 'nested-hypervisor' && p.figures.needsVirtualization;
    return (1 + p.figures.cpuOverheadPct / 100) * (nested ? 1 + NESTED_PENALTY_PCT / 100 : 1);
  }
  if (p.kind === 'engine') {
    // A hidden VM inside a VM is nested virtualization too, and pays for it.
    const nested = isHiddenVm(p) && p.account !== undefined && p.account.kind !== 'hardware';
    return (1 + p.figures.cpuOverheadPct / 100) * (nested ? 1 + NESTED_PENALTY_PCT / 100 : 1);
  }
  return 1;
}

function cumulate(placement: Placement): Cumulative {
  const n = placement.all.length;
  const c: Cumulative = {
    cold: new Float64Array(n),
    cpuFactor: new Float64Array(n).fill(1),
    userPct: new Float64Array(n),
    userBy: new Array<TranslatorId | undefined>(n),
    systemBy: new Array<TranslatorId | undefined>(n),
  };
  for (const p of placement.topDown) {
    if (!p.runs) continue;
    const h = p.host;
    const i = p.index;
    c.cold[i] = (h === undefined ? 0 : (c.cold[h.index] ?? 0)) + startMsOf(p);
    c.cpuFactor[i] = (h === undefined ? 1 : (c.cpuFactor[h.index] ?? 1)) * ownCpuFactor(p);
    // A user-mode translation (QEMU user-mode, Rosetta) slows the programs of one kernel: it is
    // counted once for an app, whether the app itself or a runtime layer below it is translated.
    const inherited = h !== undefined && p.kind !== 'os' && !isHiddenVm(p);
    c.systemBy[i] = p.translation?.by === 'qemu-system' ? 'qemu-system' : h && c.systemBy[h.index];
    const own = p.translation?.by === 'qemu-system' ? undefined : p.translation;
    const below = inherited ? (c.userPct[h.index] ?? 0) : 0;
    if (own !== undefined && own.overheadPct >= below) {
      c.userPct[i] = own.overheadPct;
      c.userBy[i] = own.by;
    } else if (inherited) {
      c.userPct[i] = below;
      c.userBy[i] = c.userBy[h.index];
    }
  }
  return c;
}

type Copy = { kind: CopyKind; startMs: number; costMiB: number; payer: Placed | undefined };

/** DESIGN.md §3: below the app, the nearest engine or hypervisor decides what "one more" is. */
function nextCopy(app: PlacedOf<'app'>, c: Cumulative): Copy {
  const cold = (p: Placed | undefined) => (p === undefined ? 0 : (c.cold[p.index] ?? 0));
  const mine = cold(app);
  const engine = app.engine;
  if (engine?.kind === 'engine') {
    return {
      kind: 'container',
      startMs: engine.figures.containerStartMs * engine.slowdown + mine - cold(engine),
      costMiB: app.figures.memoryMiB + engine.figures.perContainerMemoryMiB,
      payer: app.account,
    };
  }
  const kernel = app.kernel;
  if (isGuestOs(kernel) && kernel.host?.kind === 'hypervisor') {
    return {
      kind: 'vm',
      startMs: mine - cold(kernel.host),
      costMiB: kernel.figures.vmMemoryMiB + kernel.host.figures.perVmMemoryMiB,
      payer: kernel.account,
    };
  }
  return {
    kind: 'process',
    startMs: mine - cold(kernel),
    costMiB: app.figures.memoryMiB,
    payer: app.account,
  };
}

const NOT_RUNNING = {
  runs: false,
  coldStartMs: 0,
  startParts: [],
  instanceStartMs: 0,
  ioPath: [],
  ioHops: [],
  performancePct: 0,
  translatedBy: undefined,
  extraCopies: 0,
  copyKind: 'process',
} as const;

/** Start times, I/O path, performance and room for more copies, for every app. */
export function computeAppCosts(placement: Placement, accounts: Accounts): AppReport[] {
  const c = cumulate(placement);
  const stepOf = stepper(placement);
  const hopsByKernel = new Map<Step, readonly IoHop[]>();
  return placement.byKind.app.map((app) => {
    if (!app.runs) {
      // Not installed or misplaced: it does not run, so it starts never and costs nothing.
      return {
        ...NOT_RUNNING,
        blockId: app.block.id,
        path: [app.block.id],
        copyCostMiB: app.figures.memoryMiB,
      };
    }
    const engine = app.engine;
    const containerStart =
      engine?.kind === 'engine' ? engine.figures.containerStartMs * engine.slowdown : 0;
    const copy = nextCopy(app, c);
    const free =
      copy.payer === undefined ? 0 : (accounts.byIndex[copy.payer.index]?.memory.freeMiB ?? 0);
    // A copy always costs something: a zero-figure app must not claim infinitely many copies.
    const cost = Math.max(1, copy.costMiB);
    const userPct = c.userPct[app.index] ?? 0;
    const factor = (c.cpuFactor[app.index] ?? 1) * (1 + userPct / 100);
    const report = {
      blockId: app.block.id,
      runs: true,
      coldStartMs: roundMs((c.cold[app.index] ?? 0) + containerStart),
      instanceStartMs: roundMs(copy.startMs),
      performancePct: Math.round((100 / factor) * 100) / 100,
      translatedBy: c.userBy[app.index] ?? c.systemBy[app.index],
      extraCopies: Math.floor(roundMiB(free) / cost),
      copyKind: copy.kind,
      copyCostMiB: copy.costMiB,
    };
    const trail: Trail = {
      app: stepOf(app),
      kernel: app.kernel && stepOf(app.kernel),
      engine: app.engine && stepOf(app.engine),
    };
    // Each of these is as long as the stack is deep: listed when first read (see lazyField).
    let listed: ReturnType<typeof pathOf> | undefined;
    const withPath = lazyField(report, 'path', () => (listed ??= pathOf(trail)).path);
    const withParts = lazyField(withPath, 'startParts', () => (listed ??= pathOf(trail)).parts);
    const withHops = lazyField(withParts, 'ioHops', () => ioHopsOf(trail, hopsByKernel));
    const full = lazyField(withHops, 'ioPath', () => [
      ...new Set(withHops.ioHops.map((h) => h.blockId)),
    ]);
    trails.set(full, trail);
    return full;
  });
}

/** Each running app's trail: what its lists as long as its stack are read from. */
const trails = new WeakMap<AppReport, Trail>();

/** The lists read from an app's trail (see `sameAppCosts`). */
const FROM_TRAIL: ReadonlySet<string> = new Set<keyof AppReport>([
  'path',
  'startParts',
  'ioHops',
  'ioPath',
]);

/**
 * Whether two app reports are equal: every figure compared with `same`, and the lists as long as
 * the stack compared through the trails they are read from, never listed for it. Comparing every
 * app of a deep stack this way walks each block once (`verdicts` keeps what is settled), where
 * listing each app's path would cost the depth of the stack per app.
 */
export function sameAppCosts(
  before: AppReport,
  after: AppReport,
  same: (a: unknown, b: unknown) => boolean,
  verdicts: StepVerdicts,
): boolean {
  const was = trails.get(before);
  const is = trails.get(after);
  if (was === undefined || is === undefined) return same(before, after);
  const keys = Object.keys(before);
  if (keys.length !== Object.keys(after).length) return false;
  for (const key of keys) {
    if (FROM_TRAIL.has(key)) continue;
    if (!same(ownValue(before, key), ownValue(after, key))) return false;
  }
  return (
    sameSteps(was.app, is.app, verdicts) &&
    sameSteps(was.kernel, is.kernel, verdicts) &&
    sameSteps(was.engine, is.engine, verdicts)
  );
}
