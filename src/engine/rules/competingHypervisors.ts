import * as SOURCES from '../catalog/sources';
import type { Placed } from '../graph/placed';
import { nameOf } from './describe';
import type { Rule } from './types';

// Two hypervisors on one machine fight over the same CPU feature. Not so two front-ends of the
// same one: QEMU with KVM and Firecracker both open Linux's /dev/kvm and share it peacefully.
export const competingHypervisors: Rule = {
  id: 'competing-hypervisors',
  family: 'virtualization',
  severity: 'warning',
  reference: ['L9'],
  source: SOURCES.virtualbox,
  check({ placement }, report) {
    for (const os of placement.byKind.os) {
      const rivals = os.children.filter(
        (c): c is Extract<Placed, { kind: 'hypervisor' }> =>
          c.kind === 'hypervisor' && c.figures.needsVirtualization && c.runs,
      );
      // Every KVM-based hypervisor is one owner of the CPU feature: the kernel's KVM.
      const owners = new Set(rivals.map((r) => (r.figures.hypervisorType === 'kvm' ? 'kvm' : r)));
      if (owners.size < 2) continue;
      report({
        blockIds: rivals.map((r) => r.block.id),
        message: `${rivals.map(nameOf).join(' and ')} are ${rivals.length === 2 ? 'both' : 'all'} installed on ${nameOf(os)}, and each wants the CPU's virtualization features for itself. Running VMs from both at the same time conflicts.`,
        fix: `Keep one hypervisor on ${nameOf(os)}, or use versions that run on top of the other (recent VirtualBox and VMware can run on Hyper-V; QEMU and Firecracker share KVM).`,
      });
    }
  },
};
