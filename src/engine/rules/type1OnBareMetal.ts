import * as SOURCES from '../catalog/sources';
import { isGuestOs, slidesUnder } from '../graph/placed';
import { nameOf } from './describe';
import type { Rule } from './types';

// A bare-metal hypervisor *is* the first thing that boots; it does not need an OS under it.
// Two exceptions slide under the OS they are installed on (Hyper-V on Windows, Xen on Linux);
// and any type 1 hypervisor can boot as the guest of another hypervisor, like an OS (a nested lab).
export const type1OnBareMetal: Rule = {
  id: 'type1-on-bare-metal',
  family: 'placement',
  severity: 'error',
  reference: ['L2'],
  source: SOURCES.ibmHypervisors,
  check({ placement }, report) {
    for (const p of placement.byKind.hypervisor) {
      const host = p.host;
      if (p.figures.hypervisorType !== '1' || host?.kind !== 'os' || slidesUnder(p)) continue;
      // Inside a VM, a type 1 hypervisor belongs straight on the VM's hypervisor, as its guest.
      const outer = isGuestOs(host) ? host.host : undefined;
      report({
        blockIds: [p.block.id, host.block.id],
        message: `${nameOf(p)} is a type 1 (bare-metal) hypervisor: it is the first thing a machine (or a VM) boots, so it is not installed on an operating system like ${nameOf(host)}.`,
        fix:
          outer === undefined
            ? `Move ${nameOf(p)} straight onto the hardware, or keep ${nameOf(host)} and use a hosted (type 2) hypervisor such as VirtualBox on it.`
            : `To run ${nameOf(p)} as a VM, put it straight on ${nameOf(outer)} in place of ${nameOf(host)} (it boots in the VM like an OS), and switch on nested virtualization there.`,
      });
    }
  },
};
