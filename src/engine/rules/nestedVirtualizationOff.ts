import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';
import { needsVirtualization, virtualizationFrom } from './virtualizationHelpers';

// A VM normally cannot make VMs: the outer hypervisor must pass the VT-x feature down to it.
export const nestedVirtualizationOff: Rule = {
  id: 'nested-virtualization-off',
  family: 'virtualization',
  severity: 'error',
  reference: ['L10'],
  source: SOURCES.nestedHyperv,
  check({ placement }, report) {
    for (const p of [...placement.byKind.hypervisor, ...placement.byKind.engine]) {
      // A hypervisor that cannot even sit where it is starts no VMs: its placement error says why.
      if (!needsVirtualization(p) || !p.runs) continue;
      const from = virtualizationFrom(p);
      if (from?.kind !== 'vm' || from.outer.figures.nestedVirtualization) continue;
      report({
        blockIds: [p.block.id, from.outer.block.id],
        message: `${nameOf(p)} runs inside the VM ${nameOf(from.guest)}, but ${nameOf(from.outer)} does not pass the CPU's virtualization extensions on to its guests, so ${nameOf(p)} cannot start its VMs.`,
        fix: `Select ${nameOf(from.outer)} and switch on "Exposes virtualization to guests (nested)", or run ${nameOf(p)} on the real machine.`,
      });
    }
  },
};
