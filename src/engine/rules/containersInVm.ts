import * as SOURCES from '../catalog/sources';
import { isGuestOs } from '../graph/placed';
import { nameOf } from './describe';
import type { Rule } from './types';

// In the cloud your "server" is usually a VM, and you run many containers inside it.
export const containersInVm: Rule = {
  id: 'containers-in-vm',
  family: 'kernel',
  severity: 'info',
  reference: ['L20'],
  source: SOURCES.dockerWhatIsContainer,
  check({ placement }, report) {
    for (const p of placement.byKind.engine) {
      if (!isGuestOs(p.host)) continue;
      report({
        blockIds: [p.block.id],
        message: `${nameOf(p)} runs inside the VM ${nameOf(p.host)}: containers in a VM, the usual pattern in the cloud. The VM's own kernel is a strong wall around the group; inside it, the containers share that kernel and its layers.`,
        fix: 'Nothing to fix.',
      });
    }
  },
};
