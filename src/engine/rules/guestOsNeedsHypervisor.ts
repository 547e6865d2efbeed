import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// A guest OS needs virtual hardware, and only a hypervisor makes virtual hardware.
export const guestOsNeedsHypervisor: Rule = {
  id: 'guest-os-needs-hypervisor',
  family: 'placement',
  severity: 'error',
  reference: ['L7'],
  source: SOURCES.microsoftContainersVsVms,
  check({ placement }, report) {
    for (const p of placement.byKind.os) {
      if (p.host?.kind !== 'os') continue;
      report({
        blockIds: [p.block.id, p.host.block.id],
        message: `${nameOf(p)} sits directly on ${nameOf(p.host)}. An operating system needs hardware to run on — the real machine, or the virtual hardware a hypervisor makes. Another OS does not provide that.`,
        fix: `Put a hypervisor (for example VirtualBox) on ${nameOf(p.host)}, then move ${nameOf(p)} onto it: that makes a VM.`,
      });
    }
  },
};
