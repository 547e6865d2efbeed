import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// A type 1 hypervisor can boot as another hypervisor's guest (that is a VM, see the nested rules).
// A hosted hypervisor or KVM cannot: it is a program, and a program needs an OS in the VM.
export const hypervisorPlacement: Rule = {
  id: 'hypervisor-placement',
  family: 'placement',
  severity: 'error',
  reference: ['L2', 'L3', 'L10'],
  source: SOURCES.nist800125,
  check({ placement }, report) {
    for (const p of placement.byKind.hypervisor) {
      const host = p.host;
      if (host?.kind === 'hypervisor' && p.figures.hypervisorType !== '1') {
        report({
          blockIds: [p.block.id, host.block.id],
          message: `${nameOf(p)} sits straight on another hypervisor, ${nameOf(host)}. ${nameOf(p)} is a program that needs an operating system, and a VM on ${nameOf(host)} starts with no OS in it.`,
          fix: `Put a guest OS on ${nameOf(host)} and move ${nameOf(p)} onto it (nested virtualization).`,
        });
      } else if (host?.kind === 'engine' || host?.kind === 'library') {
        report({
          blockIds: [p.block.id],
          message: `${nameOf(p)} sits inside a container stack. A hypervisor needs the machine itself (type 1) or a host OS (type 2), not a container.`,
          fix: `Move ${nameOf(p)} onto a machine or a host OS.`,
        });
      }
    }
  },
};
