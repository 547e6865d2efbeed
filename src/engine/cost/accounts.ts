import { asVm, type Placed } from '../graph/placed';
import type { Placement } from '../graph/placeDesign';
import type { LayerKeys } from './layerKeys';
import type { BlockId } from '../ids';
import { makeGauge, roundMiB, type Gauge } from './gauge';

/** Why a block appears in an account's breakdown. */
export type ChargeReason =
  /** The block's own memory and disk. */
  | 'itself'
  /** A VM's memory and disk allocation: the host pays all of it, used or not. */
  | 'vm-allocation'
  /** The hypervisor's per-VM overhead. */
  | 'vm-overhead'
  /**
   * The privileged OS a type 1 hypervisor on bare metal needs for its drivers (Hyper-V's root
   * partition, Xen's Dom0), which no block on the canvas stands for.
   */
  | 'control-domain'
  /** The engine's per-container overhead (the shim). */
  | 'container-overhead'
  /** A library identical to one already counted in this kernel: stored and loaded once. */
  | 'shared-layer';

export type Charge = {
  readonly blockId: BlockId;
  readonly reason: ChargeReason;
  readonly memoryMiB: number;
  readonly diskMiB: number;
};

/**
 * What kind of account: a physical machine; a VM (a guest OS, or a type 1 hypervisor run as a
 * guest); or the Linux VM a container engine hides (Docker Desktop, podman machine).
 */
export type AccountKind = 'machine' | 'vm' | 'hidden-vm';

/** A machine's or a VM's memory and disk, and what uses them. */
export type AccountReport = {
  /** The hardware block, or the block that is the VM (guest OS, hypervisor, engine). */
  readonly blockId: BlockId;
  readonly kind: AccountKind;
  readonly memory: Gauge;
  readonly disk: Gauge;
  readonly breakdown: readonly Charge[];
};

export type Accounts = {
  readonly hardware: readonly AccountReport[];
  readonly vms: readonly AccountReport[];
  /** The account of each machine and VM, by its index in the design. */
  readonly byIndex: readonly (AccountReport | undefined)[];
};

type Tally = { owner: Placed; memory: number; disk: number; breakdown: Charge[] };

/**
 * Charges every installed block to the account that pays for it (DESIGN.md §1, §3): a VM by its
 * allocation plus the hypervisor's per-VM overhead, a container by its app plus the engine's
 * per-container overhead, each distinct library layer once per kernel, everything else by itself.
 */
export function chargeAccounts(placement: Placement, layerKeys: LayerKeys): Accounts {
  const tallies = new Array<Tally | undefined>(placement.all.length);
  const tallyOf = (owner: Placed): Tally =>
    (tallies[owner.index] ??= { owner, memory: 0, disk: 0, breakdown: [] });
  const charge = (
    to: Placed,
    p: Placed,
    reason: ChargeReason,
    memoryMiB: number,
    diskMiB: number,
  ) => {
    const t = tallyOf(to);
    t.memory += memoryMiB;
    t.disk += diskMiB;
    t.breakdown.push({
      blockId: p.block.id,
      reason,
      memoryMiB: roundMiB(memoryMiB),
      diskMiB: roundMiB(diskMiB),
    });
  };

  const countedLayers = new Set<number>();
  for (const p of placement.all) {
    if (p.kind === 'hardware') {
      tallyOf(p);
      continue;
    }
    const account = p.account;
    // Not installed, or misplaced: it does not run, so it costs nothing.
    if (account === undefined || !p.runs) continue;
    const vm = asVm(p);
    if (vm !== undefined) {
      // The host pays the whole allocation, used or not; what runs inside is charged to the VM.
      const { vmMemoryMiB, vmDiskMiB } = vm.figures;
      charge(account, p, 'vm-allocation', vmMemoryMiB, vmDiskMiB);
      if (vm.host?.kind === 'hypervisor')
        charge(account, p, 'vm-overhead', vm.host.figures.perVmMemoryMiB, 0);
      charge(p, p, 'itself', vm.figures.memoryMiB, vm.figures.diskMiB);
      continue;
    }
    switch (p.kind) {
      case 'library': {
        const key = layerKeys[p.index] ?? -1;
        if (key >= 0 && countedLayers.has(key)) {
          charge(account, p, 'shared-layer', 0, 0);
        } else {
          if (key >= 0) countedLayers.add(key);
          charge(account, p, 'itself', p.figures.memoryMiB, p.figures.diskMiB);
        }
        break;
      }
      case 'app':
        charge(account, p, 'itself', p.figures.memoryMiB, p.figures.diskMiB);
        if (p.engine?.kind === 'engine') {
          // The shim is a process of the engine's kernel: the same account as the container.
          charge(account, p, 'container-overhead', p.engine.figures.perContainerMemoryMiB, 0);
        }
        break;
      case 'hypervisor': {
        charge(account, p, 'itself', p.figures.memoryMiB, p.figures.diskMiB);
        if (p.host?.kind === 'hardware' && p.figures.controlDomain !== 'none') {
          const { controlDomainMemoryMiB, controlDomainDiskMiB } = p.figures;
          charge(account, p, 'control-domain', controlDomainMemoryMiB, controlDomainDiskMiB);
        }
        break;
      }
      case 'os':
      case 'engine':
        charge(account, p, 'itself', p.figures.memoryMiB, p.figures.diskMiB);
        break;
    }
  }

  const hardware: AccountReport[] = [];
  const vms: AccountReport[] = [];
  const byIndex = new Array<AccountReport | undefined>(placement.all.length);
  for (const p of placement.all) {
    const t = tallies[p.index];
    if (!t) continue;
    const vm = asVm(p);
    const capacity =
      p.kind === 'hardware'
        ? { memory: p.figures.memoryMiB, disk: p.figures.diskMiB }
        : vm !== undefined
          ? { memory: vm.figures.vmMemoryMiB, disk: vm.figures.vmDiskMiB }
          : { memory: 0, disk: 0 };
    const report: AccountReport = {
      blockId: p.block.id,
      kind: p.kind === 'hardware' ? 'machine' : p.kind === 'engine' ? 'hidden-vm' : 'vm',
      memory: makeGauge(capacity.memory, t.memory),
      disk: makeGauge(capacity.disk, t.disk),
      breakdown: t.breakdown,
    };
    byIndex[p.index] = report;
    (p.kind === 'hardware' ? hardware : vms).push(report);
  }
  return { hardware, vms, byIndex };
}
