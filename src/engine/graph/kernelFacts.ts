import type { OsFamily } from '../figures';
import type { Placed } from './placed';

/** The kernel family a kernel block provides (an engine's hidden VM provides its own family). */
export function kernelFamily(kernel: Placed): OsFamily | undefined {
  if (kernel.kind === 'os' || kernel.kind === 'engine') return kernel.figures.family;
  return undefined;
}

/**
 * The boot of the privileged OS a type 1 hypervisor on bare metal hands its drivers to (Xen's Dom0,
 * Hyper-V's root partition): no guest starts before it is up. 0 when there is none on the canvas
 * to stand for it: drawn as the OS the hypervisor slid under, that OS boots as itself.
 */
export function controlDomainStartMs(p: Placed): number {
  if (p.kind !== 'hypervisor' || p.host?.kind !== 'hardware') return 0;
  return p.figures.controlDomain === 'none' ? 0 : p.figures.controlDomainStartMs * p.slowdown;
}

/**
 * Start time a block adds when its stack boots, slowed down by any translation below it (a guest
 * booting under QEMU emulation takes about ten times as long). Hardware's power-on is not modelled.
 */
export function startMsOf(p: Placed): number {
  if (p.kind === 'hardware') return 0;
  return p.figures.startMs * p.slowdown + controlDomainStartMs(p);
}
