import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// Software always runs on an operating system's kernel: hardware and hypervisors only run kernels.
export const appNeedsKernel: Rule = {
  id: 'app-needs-kernel',
  family: 'placement',
  severity: 'error',
  reference: ['L7', 'L13'],
  source: SOURCES.microsoftContainersVsVms,
  check({ placement }, report) {
    for (const p of placement.byKind.app) {
      const host = p.host;
      if (host?.kind === 'hardware') {
        report({
          blockIds: [p.block.id, host.block.id],
          message: `${nameOf(p)} is a program, and it sits straight on the machine ${nameOf(host)}. Programs need an operating system's kernel to run.`,
          fix: `Put an OS on ${nameOf(host)}, then put ${nameOf(p)} (with its libraries) on it.`,
        });
      } else if (host?.kind === 'hypervisor') {
        report({
          blockIds: [p.block.id, host.block.id],
          message: `${nameOf(p)} sits straight on the hypervisor ${nameOf(host)}. A hypervisor runs whole virtual machines, not single programs.`,
          fix: `Put a guest OS on ${nameOf(host)} and move ${nameOf(p)} into that VM.`,
        });
      }
    }
  },
};
