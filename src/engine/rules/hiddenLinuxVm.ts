import * as SOURCES from '../catalog/sources';
import { isHiddenVm } from '../graph/placed';
import { formatMiB, nameOf } from './describe';
import type { Rule } from './types';

// Docker Desktop on a Mac or a PC (and Podman, through `podman machine`) quietly starts a small
// Linux VM: the containers live in there, not on macOS or Windows itself, and must fit in the
// memory that VM was given.
export const hiddenLinuxVm: Rule = {
  id: 'hidden-linux-vm',
  family: 'kernel',
  severity: 'info',
  reference: ['L15', 'L16'],
  source: SOURCES.dockerDesktopVmm,
  check({ placement }, report) {
    for (const p of placement.byKind.engine) {
      const os = p.host;
      if (!isHiddenVm(p) || os?.kind !== 'os' || !p.runs) continue;
      const where =
        os.figures.family === 'linux'
          ? `even on ${nameOf(os)}, which is Linux already`
          : `on ${nameOf(os)}, which has no Linux kernel`;
      report({
        blockIds: [p.block.id],
        message: `${nameOf(p)} quietly starts a Linux VM ${where}: your containers run inside it, on its Linux kernel. The VM is given ${formatMiB(p.figures.vmMemoryMiB)} of memory, which the machine pays in full, and every container must fit in it.`,
        fix: `Nothing to fix. Its own memory gauge is in Costs; raise "Hidden VM memory limit" on ${nameOf(p)} if the containers need more. Files and network traffic between ${nameOf(os)} and the containers cross the VM's boundary.`,
      });
    }
  },
};
