import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// A machine boots exactly one thing: one host OS or one bare-metal hypervisor. Two of them side by
// side on one machine would be a dual-boot, where only one runs at a time.
export const oneBootPerMachine: Rule = {
  id: 'one-boot-per-machine',
  family: 'structure',
  severity: 'error',
  reference: ['L1', 'L2'],
  source: SOURCES.nist800125,
  check({ placement }, report) {
    for (const hw of placement.byKind.hardware) {
      const boots = hw.children.filter((c) => c.kind === 'os' || c.kind === 'hypervisor');
      if (boots.length < 2) continue;
      report({
        blockIds: [hw.block.id, ...boots.map((b) => b.block.id)],
        message: `${nameOf(hw)} has ${boots.length} things to boot directly on it (${boots.map(nameOf).join(', ')}). A machine boots one operating system or one bare-metal hypervisor at a time.`,
        fix: `Keep one of them on ${nameOf(hw)}; put the others on a hypervisor (as VMs) or on another machine.`,
      });
    }
  },
};
