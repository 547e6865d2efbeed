import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// Two hypervisors on one machine fight over the same CPU feature.
export const competingHypervisors: Rule = {
  id: 'competing-hypervisors',
  family: 'virtualization',
  severity: 'warning',
  reference: ['L9'],
  source: SOURCES.virtualbox,
  check({ placement }, report) {
    for (const os of placement.byKind.os) {
      const rivals = os.children.filter(
        (c) => c.kind === 'hypervisor' && c.figures.needsVirtualization,
      );
      if (rivals.length < 2) continue;
      report({
        blockIds: rivals.map((r) => r.block.id),
        message: `${rivals.map(nameOf).join(' and ')} are both installed on ${nameOf(os)}, and each wants the CPU's virtualization features for itself. Running VMs from both at the same time conflicts.`,
        fix: `Keep one hypervisor on ${nameOf(os)}, or use versions that run on top of the other (recent VirtualBox and VMware can run on Hyper-V).`,
      });
    }
  },
};
