import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// A hosted hypervisor is an ordinary application: install an OS first, then the hypervisor.
export const type2NeedsHostOs: Rule = {
  id: 'type2-needs-host-os',
  family: 'placement',
  severity: 'error',
  reference: ['L3'],
  source: SOURCES.virtualbox,
  check({ placement }, report) {
    for (const p of placement.byKind.hypervisor) {
      if (p.figures.hypervisorType !== '2' || p.host?.kind !== 'hardware') continue;
      report({
        blockIds: [p.block.id, p.host.block.id],
        message: `${nameOf(p)} is a hosted (type 2) hypervisor: an application that needs an operating system below it, and it sits straight on ${nameOf(p.host)}.`,
        fix: `Put a host OS (for example Ubuntu) on ${nameOf(p.host)} and move ${nameOf(p)} onto it — or pick a bare-metal hypervisor such as ESXi.`,
      });
    }
  },
};
