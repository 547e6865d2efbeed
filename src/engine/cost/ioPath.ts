import { isGuestOs, isHiddenVm, type Placed } from '../graph/placed';
import type { BlockId } from '../ids';
import type { Step, Trail } from './trail';

/**
 * What a hop on an app's way to the disk or the network is (reference §e):
 * - `user-space-kernel`: gVisor's kernel in user space, between the app and the real kernel;
 * - `guest-kernel`: a VM's own kernel;
 * - `vm-kernel`: the kernel of an engine's hidden Linux VM (Docker Desktop);
 * - `hidden-hypervisor`: the hypervisor that runs that hidden VM (Apple's framework, Hyper-V);
 * - `hypervisor`: a hypervisor block, trapping the guest's device access;
 * - `control-domain`: the privileged OS that owns the drivers (Xen's Dom0, Hyper-V's root
 *   partition) — drawn as the OS the hypervisor slid under, or implied on bare metal;
 * - `host-kernel`: the machine's own OS;
 * - `hardware`: the device itself.
 */
export type IoLayer =
  | 'user-space-kernel'
  | 'guest-kernel'
  | 'vm-kernel'
  | 'hidden-hypervisor'
  | 'hypervisor'
  | 'control-domain'
  | 'host-kernel'
  | 'hardware';

export type IoHop = { readonly blockId: BlockId; readonly layer: IoLayer };

/**
 * The hops a request crosses at one block, from the block alone: a host OS is `host-kernel` here,
 * and becomes a `control-domain` when the hypervisor above it slid under it (see `hopsOf`).
 * Engines without a hidden VM, libraries and apps are not on the way.
 */
export function ownIoLayers(p: Placed): readonly IoLayer[] {
  switch (p.kind) {
    case 'os':
      return isGuestOs(p) ? GUEST_KERNEL : HOST_KERNEL;
    case 'hypervisor':
      // On bare metal, Hyper-V's root partition or Xen's Dom0 still does the driver work.
      return p.host?.kind === 'hardware' && p.figures.controlDomain !== 'none'
        ? HYPERVISOR_AND_DOMAIN
        : HYPERVISOR;
    case 'engine':
      return isHiddenVm(p) ? HIDDEN_VM : NONE;
    case 'hardware':
      return HARDWARE;
    case 'library':
    case 'app':
      return NONE;
  }
}

// Shared, frozen lists: a step is built for every block, so its layers cost no allocation.
const GUEST_KERNEL: readonly IoLayer[] = Object.freeze(['guest-kernel']);
const HOST_KERNEL: readonly IoLayer[] = Object.freeze(['host-kernel']);
const CONTROL_DOMAIN: readonly IoLayer[] = Object.freeze(['control-domain']);
const HYPERVISOR: readonly IoLayer[] = Object.freeze(['hypervisor']);
const HYPERVISOR_AND_DOMAIN: readonly IoLayer[] = Object.freeze(['hypervisor', 'control-domain']);
const HIDDEN_VM: readonly IoLayer[] = Object.freeze(['vm-kernel', 'hidden-hypervisor']);
const HARDWARE: readonly IoLayer[] = Object.freeze(['hardware']);
const NONE: readonly IoLayer[] = Object.freeze([]);

/** The hops from a kernel down to the hardware, read from the kernel's steps only. */
function hopsOf(kernel: Step): IoHop[] {
  const hops: IoHop[] = [];
  let above: Step | undefined;
  for (let at: Step | undefined = kernel; at !== undefined; above = at, at = at.host) {
    // The OS a type 1 hypervisor slid under is that hypervisor's control domain (Dom0, root).
    const layers = at.io === HOST_KERNEL && above?.slidesUnder === true ? CONTROL_DOMAIN : at.io;
    for (const layer of layers) hops.push({ blockId: at.id, layer });
    if (at.kind === 'hardware') return hops;
  }
  return hops;
}

/**
 * The hops an app's disk or network request crosses, from the app's kernel down (a gVisor
 * container first crosses its user-space kernel). Apps on one kernel share one list.
 */
export function ioHopsOf(trail: Trail, byKernel: Map<Step, readonly IoHop[]>): readonly IoHop[] {
  const { kernel, engine } = trail;
  if (kernel === undefined) return [];
  let below = byKernel.get(kernel);
  if (below === undefined) byKernel.set(kernel, (below = hopsOf(kernel)));
  if (engine?.userSpaceKernel === true)
    return [{ blockId: engine.id, layer: 'user-space-kernel' }, ...below];
  return below;
}
