import * as SOURCES from '../catalog/sources';
import { isHyperVOnWindows } from './hyperVUnderWindows';
import { nameOf } from './describe';
import type { Rule } from './types';

// A bare-metal hypervisor *is* the first thing that boots; it does not need an OS under it.
export const type1OnBareMetal: Rule = {
  id: 'type1-on-bare-metal',
  family: 'placement',
  severity: 'error',
  reference: ['L2'],
  source: SOURCES.ibmHypervisors,
  check({ placement }, report) {
    for (const p of placement.byKind.hypervisor) {
      if (p.figures.hypervisorType !== '1' || p.host?.kind !== 'os' || isHyperVOnWindows(p))
        continue;
      report({
        blockIds: [p.block.id, p.host.block.id],
        message: `${nameOf(p)} is a type 1 (bare-metal) hypervisor: it is the first thing a machine boots, so it is not installed on an operating system like ${nameOf(p.host)}.`,
        fix: `Move ${nameOf(p)} straight onto the hardware, or keep ${nameOf(p.host)} and use a hosted (type 2) hypervisor such as VirtualBox on it.`,
      });
    }
  },
};
