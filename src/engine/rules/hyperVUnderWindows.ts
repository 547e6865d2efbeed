import * as SOURCES from '../catalog/sources';
import { slidesUnder } from '../graph/placed';
import { nameOf } from './describe';
import type { Rule } from './types';

// Turning on Hyper-V does not add an app on top of Windows: it slides a hypervisor underneath,
// and Windows itself becomes a privileged VM, the "root partition". So it counts as type 1.
export const hyperVUnderWindows: Rule = {
  id: 'hyper-v-under-windows',
  family: 'placement',
  severity: 'info',
  reference: ['L5'],
  source: SOURCES.hypervRootPartition,
  check({ placement }, report) {
    for (const p of placement.byKind.hypervisor) {
      if (!slidesUnder(p) || p.figures.controlDomain !== 'windows' || p.host === undefined)
        continue;
      report({
        blockIds: [p.block.id],
        message: `Turning on ${nameOf(p)} in ${nameOf(p.host)} does not add an app on top of Windows: the hypervisor slides underneath, and Windows itself becomes a privileged VM (the "root partition"). That is why this stack is allowed, and why ${nameOf(p)} still counts as type 1.`,
        fix: 'Nothing to fix. Costs are counted as drawn, with Hyper-V on the Windows block.',
      });
    }
  },
};
