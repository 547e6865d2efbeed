import * as SOURCES from '../catalog/sources';
import { NESTED_PENALTY_PCT } from '../cost/penalties';
import { nameOf } from './describe';
import type { Rule } from './types';
import { needsVirtualization, virtualizationFrom } from './virtualizationHelpers';

// Every extra level of virtualization costs speed: Google measures 10 % or more for CPU-bound
// work, and more for disk and network.
export const nestedVirtualization: Rule = {
  id: 'nested-virtualization',
  family: 'virtualization',
  severity: 'warning',
  reference: ['L10'],
  source: SOURCES.nestedGcp,
  check({ placement }, report) {
    for (const p of [...placement.byKind.hypervisor, ...placement.byKind.engine]) {
      // A hypervisor that cannot even sit where it is starts no VMs: its placement error says why.
      if (!needsVirtualization(p) || !p.runs) continue;
      const from = virtualizationFrom(p);
      // When the outer hypervisor does not expose the extensions, nested-virtualization-off says so.
      if (from?.kind !== 'vm' || !from.outer.figures.nestedVirtualization) continue;
      const what = p.kind === 'engine' ? `${nameOf(p)}'s hidden Linux VM` : nameOf(p);
      report({
        blockIds: [p.block.id, from.guest.block.id],
        message: `${what} runs inside the VM ${nameOf(from.guest)}: a VM inside a VM (nested virtualization). It works, but every level costs speed — about ${NESTED_PENALTY_PCT} % more for CPU-bound work, and more for disk and network.`,
        fix: 'Fine for labs and testing; for real workloads run the VMs on the outer hypervisor directly.',
      });
    }
  },
};
