import { isGuestOs, type Placed, type PlacedOf } from '../graph/placed';

/** Hypervisors that need VT-x/AMD-V, and engines that boot their own Linux VM (which needs it too). */
export function needsVirtualization(p: Placed): p is PlacedOf<'hypervisor'> | PlacedOf<'engine'> {
  if (p.kind === 'hypervisor') return p.figures.needsVirtualization;
  if (p.kind === 'engine') return p.figures.linuxVm;
  return false;
}

/**
 * Where a block would get the CPU's virtualization extensions from: the real machine, or — when
 * it runs inside a VM — the hypervisor of that VM, which may or may not pass them on.
 */
export function virtualizationFrom(
  p: Placed,
):
  | { kind: 'machine'; machine: PlacedOf<'hardware'> }
  | { kind: 'vm'; guest: PlacedOf<'os'>; outer: PlacedOf<'hypervisor'> }
  | undefined {
  const account = p.account;
  if (account?.kind === 'hardware') return { kind: 'machine', machine: account };
  if (isGuestOs(account) && account.host?.kind === 'hypervisor') {
    return { kind: 'vm', guest: account, outer: account.host };
  }
  return undefined;
}
