import type { AccountReport } from './cost/accounts';
import type { AppReport } from './cost/appCosts';
import type { SharingReport } from './cost/sharing';
import type { Arch } from './figures';
import type { Role } from './graph/roles';
import type { TranslatorId } from './graph/translation';
import type { BlockId } from './ids';
import type { Diagnostic } from './rules/types';

/** What the report says about one block: enough for its tile on the canvas. */
export type BlockFacts = {
  readonly role: Role;
  /** It really runs: installed, in a legal place, on blocks that run. */
  readonly runs: boolean;
  /** The CPU architecture below it (for a guest of an emulator: the CPU that VM pretends to be). */
  readonly cpu: Arch | undefined;
  /** The build it runs as: its own pinned architecture, or for a multi-arch block the CPU's. */
  readonly build: Arch | undefined;
  /** Who translates its instructions for another CPU, if anyone (QEMU, Rosetta). */
  readonly translatedBy: TranslatorId | undefined;
  /** The OS (or Docker Desktop's hidden VM) whose kernel it uses. */
  readonly kernelId: BlockId | undefined;
  /** The machine at the bottom of its stack. */
  readonly machineId: BlockId | undefined;
  /** The machine or VM whose memory pays for it. */
  readonly accountId: BlockId | undefined;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /**
   * False when the link to its host is itself wrong (it may not sit there at all): the canvas
   * draws that "runs on" link as illegal.
   */
  readonly linkOk: boolean;
};

export type Totals = {
  /** Memory used on every machine together, MiB. */
  readonly memoryMiB: number;
  /** Disk used on every machine together, MiB. */
  readonly diskMiB: number;
  readonly capacityMemoryMiB: number;
  readonly capacityDiskMiB: number;
  readonly blocks: number;
  readonly apps: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
};

/** Everything `evaluate` says about a design. Public API: the UI, the grader and tests read it. */
export type Report = {
  readonly diagnostics: readonly Diagnostic[];
  /** One per machine, in design order. */
  readonly hardware: readonly AccountReport[];
  /** One per installed guest OS; its capacity is the VM's allocation. */
  readonly vms: readonly AccountReport[];
  readonly sharing: SharingReport;
  /** One per app, in design order. */
  readonly apps: readonly AppReport[];
  readonly totals: Totals;
  readonly blocks: ReadonlyMap<BlockId, BlockFacts>;
};
