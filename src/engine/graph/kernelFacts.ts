import type { Arch, OsFamily } from '../figures';
import type { Placed } from './placed';

/** The CPU architecture a kernel runs on. Docker Desktop's hidden VM matches its machine. */
export function kernelArch(kernel: Placed): Arch | undefined {
  if (kernel.kind === 'os') return kernel.figures.arch;
  if (kernel.machine?.kind === 'hardware') return kernel.machine.figures.arch;
  return undefined;
}

/** The kernel family a kernel block provides (an engine's hidden VM provides its own family). */
export function kernelFamily(kernel: Placed): OsFamily | undefined {
  if (kernel.kind === 'os' || kernel.kind === 'engine') return kernel.figures.family;
  return undefined;
}

/** Start time a block adds when its stack boots. Hardware's power-on is not modelled. */
export function startMsOf(p: Placed): number {
  return p.kind === 'hardware' ? 0 : p.figures.startMs;
}
