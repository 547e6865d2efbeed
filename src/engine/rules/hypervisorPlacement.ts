import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

export const hypervisorPlacement: Rule = {
  id: 'hypervisor-placement',
  family: 'placement',
  severity: 'error',
  reference: ['L2', 'L3', 'L10'],
  source: SOURCES.nist800125,
  check({ placement }, report) {
    for (const p of placement.byKind.hypervisor) {
      const host = p.host;
      if (host?.kind === 'hypervisor') {
        report({
          blockIds: [p.block.id, host.block.id],
          message: `${nameOf(p)} sits straight on another hypervisor, ${nameOf(host)}. A hypervisor runs VMs, not hypervisors; a hypervisor inside a VM needs a guest OS between them (nested virtualization).`,
          fix: `Put a guest OS on ${nameOf(host)} and move ${nameOf(p)} onto it.`,
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
