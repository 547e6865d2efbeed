import { isGuestOs, isHiddenVm, slidesUnder, type Placed } from '../graph/placed';
import type { BlockId } from '../ids';

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

/** The hops from a kernel down to the hardware. Engines and libraries are not on the way. */
function kernelHops(kernel: Placed): IoHop[] {
  const hops: IoHop[] = [];
  const hop = (p: Placed, layer: IoLayer) => hops.push({ blockId: p.block.id, layer });
  let above: Placed | undefined;
  for (let at: Placed | undefined = kernel; at !== undefined; above = at, at = at.host) {
    switch (at.kind) {
      case 'os':
        if (isGuestOs(at)) hop(at, 'guest-kernel');
        else hop(at, slidesUnder(above) && above?.host === at ? 'control-domain' : 'host-kernel');
        break;
      case 'hypervisor':
        hop(at, 'hypervisor');
        // On bare metal, Hyper-V's root partition or Xen's Dom0 still does the driver work.
        if (at.host?.kind === 'hardware' && at.figures.controlDomain !== 'none')
          hop(at, 'control-domain');
        break;
      case 'engine':
        if (isHiddenVm(at)) {
          hop(at, 'vm-kernel');
          hop(at, 'hidden-hypervisor');
        }
        break;
      case 'hardware':
        hop(at, 'hardware');
        return hops;
      case 'library':
      case 'app':
        break;
    }
  }
  return hops;
}

/**
 * The hops an app's disk or network request crosses, from the app's kernel down (a gVisor
 * container first crosses its user-space kernel). Apps on one kernel share one list.
 */
export function ioHopsOf(app: Placed, byKernel: Map<Placed, readonly IoHop[]>): readonly IoHop[] {
  const kernel = app.kernel;
  if (kernel === undefined) return [];
  let below = byKernel.get(kernel);
  if (below === undefined) byKernel.set(kernel, (below = kernelHops(kernel)));
  const engine = app.engine;
  if (engine?.kind === 'engine' && engine.figures.userSpaceKernel)
    return [{ blockId: engine.block.id, layer: 'user-space-kernel' }, ...below];
  return below;
}
