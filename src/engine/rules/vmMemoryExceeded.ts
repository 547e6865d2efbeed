import * as SOURCES from '../catalog/sources';
import { capacityFinding, overCapacity } from './capacityRule';
import { formatMiB, nameOf } from './describe';
import type { Rule } from './types';

// Inside a VM, the guest OS and everything on it must fit in what the VM was given.
export const vmMemoryExceeded: Rule = {
  id: 'vm-memory-exceeded',
  family: 'capacity',
  stage: 'costs',
  severity: 'error',
  reference: ['L25'],
  source: SOURCES.ubuntuRequirements,
  check(ctx, report) {
    for (const over of overCapacity(ctx, 'vms', 'memory')) {
      const { capacityMiB, usedMiB } = over.gauge;
      const name = nameOf(over.placed);
      report(
        capacityFinding(
          ctx,
          over,
          'memory',
          over.report.kind === 'hidden-vm'
            ? {
                message: `${name}'s hidden Linux VM was given ${formatMiB(capacityMiB)} of memory, but its own Linux and the containers inside it need ${formatMiB(usedMiB)}. Every container must fit in that VM, not in the machine.`,
                fix: `Select ${name} and raise "Hidden VM memory limit" (Docker Desktop: Settings ▸ Resources), or run fewer containers.`,
              }
            : {
                message: `The VM ${name} was given ${formatMiB(capacityMiB)} of memory, but its OS and what runs inside it need ${formatMiB(usedMiB)}.`,
                fix: `Select ${name} and raise its VM memory allocation, or move something out of the VM.`,
              },
        ),
      );
    }
  },
};
