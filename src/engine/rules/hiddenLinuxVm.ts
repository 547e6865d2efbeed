import * as SOURCES from '../catalog/sources';
import { formatMiB, nameOf } from './describe';
import type { Rule } from './types';

// Docker Desktop on a Mac or a PC quietly starts a small Linux VM: the containers live in there,
// not on macOS or Windows itself.
export const hiddenLinuxVm: Rule = {
  id: 'hidden-linux-vm',
  family: 'kernel',
  severity: 'info',
  reference: ['L15', 'L16'],
  source: SOURCES.dockerDesktopVmm,
  check({ placement }, report) {
    for (const p of placement.byKind.engine) {
      const os = p.host;
      if (!p.figures.linuxVm || os?.kind !== 'os' || os.figures.family === 'linux') continue;
      report({
        blockIds: [p.block.id],
        message: `${nameOf(p)} quietly starts a Linux VM on ${nameOf(os)}: your containers run inside it, on its Linux kernel, not on ${nameOf(os)} itself. That VM's memory (${formatMiB(p.figures.memoryMiB)}) is counted as part of ${nameOf(p)}.`,
        fix: `Nothing to fix. Remember that files and network traffic between ${nameOf(os)} and the containers cross that VM's boundary, which is slower than on a Linux host.`,
      });
    }
  },
};
