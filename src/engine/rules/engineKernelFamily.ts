import * as SOURCES from '../catalog/sources';
import { FAMILY_NAMES } from '../familyNames';
import { nameOf } from './describe';
import type { Rule } from './types';

// Linux containers are built from Linux kernel features (namespaces decide what a process can
// see, cgroups how much it can use). No Linux kernel, no Linux containers.
export const engineKernelFamily: Rule = {
  id: 'engine-kernel-family',
  family: 'kernel',
  severity: 'error',
  reference: ['L14', 'L15'],
  source: SOURCES.podmanMachine,
  check({ placement }, report) {
    for (const p of placement.byKind.engine) {
      const os = p.host;
      if (os?.kind !== 'os' || p.figures.linuxVm || os.figures.family === p.figures.family)
        continue;
      const wants = p.figures.family;
      report({
        blockIds: [p.block.id, os.block.id],
        message: `${nameOf(p)} makes ${FAMILY_NAMES[wants]} containers out of ${FAMILY_NAMES[wants]} kernel features, and ${nameOf(os)} runs a ${FAMILY_NAMES[os.figures.family]} kernel.`,
        fix:
          wants === 'linux'
            ? `Use Docker Desktop or Podman with podman machine, which bring their own Linux VM, or make a Linux VM yourself (a hypervisor with a Linux guest OS) and move ${nameOf(p)} into it.`
            : `Run ${nameOf(p)} on a ${FAMILY_NAMES[wants]} OS.`,
      });
    }
  },
};
