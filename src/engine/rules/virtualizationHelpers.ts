import { asVm, isHypervisorVm, type Placed, type PlacedOf, type VmPlaced } from '../graph/placed';

/** Hypervisors that need VT-x/AMD-V, and engines that boot their own Linux VM (which needs it too). */
export function needsVirtualization(p: Placed): p is PlacedOf<'hypervisor'> | PlacedOf<'engine'> {
  if (p.kind === 'hypervisor') return p.figures.needsVirtualization;
  if (p.kind === 'engine') return p.figures.linuxVm;
  return false;
}

/**
 * Where a block would get the CPU's virtualization extensions from: the real machine, or — when
 * it runs inside a VM (or *is* one: a type 1 hypervisor booted as a guest) — the hypervisor of
 * that VM, which may or may not pass them on.
 */
export function virtualizationFrom(
  p: Placed,
):
  | { kind: 'machine'; machine: PlacedOf<'hardware'> }
  | { kind: 'vm'; guest: VmPlaced; outer: PlacedOf<'hypervisor'> }
  | undefined {
  if (isHypervisorVm(p) && p.host?.kind === 'hypervisor')
    return { kind: 'vm', guest: p, outer: p.host };
  const account = p.account;
  if (account?.kind === 'hardware') return { kind: 'machine', machine: account };
  const vm = asVm(account);
  if (vm !== undefined && vm.host?.kind === 'hypervisor') {
    return { kind: 'vm', guest: vm, outer: vm.host };
  }
  return undefined;
}
