import type { OsFamily } from '../figures';
import type { Placed } from './placed';

/** The kernel family a kernel block provides (an engine's hidden VM provides its own family). */
export function kernelFamily(kernel: Placed): OsFamily | undefined {
  if (kernel.kind === 'os' || kernel.kind === 'engine') return kernel.figures.family;
  return undefined;
}

/**
 * Start time a block adds when its stack boots, slowed down by any translation below it (a guest
 * booting under QEMU emulation takes about ten times as long). Hardware's power-on is not modelled.
 */
export function startMsOf(p: Placed): number {
  return p.kind === 'hardware' ? 0 : p.figures.startMs * p.slowdown;
}
