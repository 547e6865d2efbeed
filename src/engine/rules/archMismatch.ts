import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// A hypervisor lets the guest run directly on the real CPU, so the guest must speak the CPU's
// language. Another architecture needs an emulator that translates every instruction. Most
// operating systems are released for every CPU (multi-arch) and take the one they land on; only
// an OS pinned to one architecture (a Windows x86 ISO on Apple silicon) can be wrong. Under
// nested virtualization the CPU that counts is the one the hypervisor runs on: an emulated arm64
// VM is an arm64 CPU to everything inside it.
export const archMismatch: Rule = {
  id: 'arch-mismatch',
  family: 'architecture',
  severity: 'error',
  reference: ['L11'],
  source: SOURCES.qemu,
  check({ placement }, report) {
    for (const p of placement.byKind.os) {
      const host = p.host;
      const mine = p.figures.arch;
      const cpu = host?.cpu;
      if (host === undefined || mine === 'any' || cpu === undefined || mine === cpu) continue;
      if (host.kind === 'hardware') {
        report({
          blockIds: [p.block.id, host.block.id],
          message: `${nameOf(p)} is built for ${mine} processors, but ${nameOf(host)} has an ${cpu} CPU. A kernel speaks its CPU's language: this one cannot even boot.`,
          fix: `Use the ${cpu} build of ${nameOf(p)} (set "Built for" to ${cpu} or any in the Inspector), or a machine with an ${mine} CPU.`,
        });
      } else if (host.kind === 'hypervisor' && host.figures.emulates) {
        report({
          severity: 'warning',
          blockIds: [p.block.id, host.block.id],
          message: `${nameOf(p)} (${mine}) runs on an ${cpu} CPU only because ${nameOf(host)} translates every instruction in software. Expect it to be about ten times slower, booting included.`,
          fix: `Fine for trying things out; for real work use a guest built for ${cpu}.`,
        });
      } else if (host.kind === 'hypervisor') {
        report({
          blockIds: [p.block.id, host.block.id],
          message: `${nameOf(p)} is built for ${mine}, but ${nameOf(host)} runs its guests directly on an ${cpu} CPU. Hardware virtualization does not translate instructions.`,
          fix: `Use an ${cpu} (or multi-arch) build of ${nameOf(p)}, or an emulator such as QEMU (emulation), which is about ten times slower.`,
        });
      }
    }
  },
};
