import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';
import { needsVirtualization, virtualizationFrom } from './virtualizationHelpers';

// Modern hypervisors rely on CPU features (Intel VT-x / AMD-V). No feature, no fast VM.
export const needsVirtualizationRule: Rule = {
  id: 'needs-virtualization',
  family: 'virtualization',
  severity: 'error',
  reference: ['L8'],
  source: SOURCES.kvm,
  check({ placement }, report) {
    for (const p of [...placement.byKind.hypervisor, ...placement.byKind.engine]) {
      // A hypervisor that cannot even sit where it is starts no VMs: its placement error says why.
      if (!needsVirtualization(p) || !p.runs) continue;
      const from = virtualizationFrom(p);
      if (from?.kind !== 'machine' || from.machine.figures.virtualization) continue;
      const what = p.kind === 'engine' ? `${nameOf(p)}'s hidden Linux VM` : nameOf(p);
      report({
        blockIds: [p.block.id, from.machine.block.id],
        message: `${what} needs the CPU's virtualization extensions (Intel VT-x or AMD-V), and ${nameOf(from.machine)} does not have them, or has them switched off in its firmware.`,
        fix:
          p.kind === 'engine'
            ? `Use a machine with virtualization switched on, or a Linux host where containers need no VM at all.`
            : `Use a machine with virtualization switched on, or an emulator such as QEMU (emulation), which does without — about ten times slower.`,
      });
    }
  },
};
