import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// A hypervisor lets the guest run directly on the real CPU, so the guest must speak the CPU's
// language. Another architecture needs an emulator that translates every instruction.
export const archMismatch: Rule = {
  id: 'arch-mismatch',
  family: 'architecture',
  severity: 'error',
  reference: ['L11'],
  source: SOURCES.qemu,
  check({ placement }, report) {
    for (const p of placement.byKind.os) {
      const hw = p.machine;
      const host = p.host;
      if (hw?.kind !== 'hardware' || host === undefined || p.figures.arch === hw.figures.arch)
        continue;
      const cpu = hw.figures.arch;
      const mine = p.figures.arch;
      if (host.kind === 'hardware') {
        report({
          blockIds: [p.block.id, hw.block.id],
          message: `${nameOf(p)} is built for ${mine} processors, but ${nameOf(hw)} has an ${cpu} CPU. A kernel speaks its CPU's language: this one cannot even boot.`,
          fix: `Set ${nameOf(p)}'s CPU architecture to ${cpu} in the Inspector, or use a machine with an ${mine} CPU.`,
        });
      } else if (host.kind === 'hypervisor' && host.figures.emulates) {
        report({
          severity: 'warning',
          blockIds: [p.block.id, host.block.id],
          message: `${nameOf(p)} (${mine}) runs on an ${cpu} machine only because ${nameOf(host)} translates every instruction in software. Expect it to be about ten times slower.`,
          fix: `Fine for trying things out; for real work use a guest built for ${cpu}.`,
        });
      } else if (host.kind === 'hypervisor') {
        report({
          blockIds: [p.block.id, host.block.id],
          message: `${nameOf(p)} is built for ${mine}, but ${nameOf(host)} runs its guests directly on the ${cpu} CPU of ${nameOf(hw)}. Hardware virtualization does not translate instructions.`,
          fix: `Use an ${cpu} guest, or an emulator such as QEMU (emulation), which is about ten times slower.`,
        });
      }
    }
  },
};
