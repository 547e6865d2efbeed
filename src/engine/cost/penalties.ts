import * as SOURCES from '../catalog/sources';

/**
 * Extra CPU cost of running a hypervisor inside a VM, percent. Google Cloud reports "10% or
 * greater" for CPU-bound work in nested VMs.
 */
export const NESTED_PENALTY_PCT = 10;
export const NESTED_PENALTY_SOURCE = SOURCES.nestedGcp;

/**
 * Extra CPU cost of translating every instruction of another architecture (QEMU user-mode
 * emulation), percent: "expect a run-time approx. 10x slower".
 */
export const EMULATION_PENALTY_PCT = 900;
export const EMULATION_PENALTY_SOURCE = SOURCES.qemuSlow;

/** Performance left after a chain of overheads: 100 / Π(1 + overhead/100). */
export function performanceAfter(overheadsPct: readonly number[]): number {
  let factor = 1;
  for (const pct of overheadsPct) factor *= 1 + pct / 100;
  return Math.round((100 / factor) * 100) / 100;
}
