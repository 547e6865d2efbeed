import * as SOURCES from '../catalog/sources';
import { capacityFinding, overCapacity } from './capacityRule';
import { formatMiB, nameOf } from './describe';
import type { Rule } from './types';

// Inside a VM, the guest OS and everything on it must fit in what the VM was given.
export const vmMemoryExceeded: Rule = {
  id: 'vm-memory-exceeded',
  family: 'capacity',
  severity: 'error',
  reference: ['L25'],
  source: SOURCES.ubuntuRequirements,
  check(ctx, report) {
    for (const over of overCapacity(ctx, 'vms', 'memory')) {
      const { capacityMiB, usedMiB } = over.gauge;
      report(
        capacityFinding(ctx, over, 'memory', {
          message: `The VM ${nameOf(over.placed)} was given ${formatMiB(capacityMiB)} of memory, but its OS and what runs inside it need ${formatMiB(usedMiB)}.`,
          fix: `Select ${nameOf(over.placed)} and raise its VM memory allocation, or move something out of the VM.`,
        }),
      );
    }
  },
};
