import * as SOURCES from '../catalog/sources';
import { capacityFinding, overCapacity } from './capacityRule';
import { formatMiB, nameOf } from './describe';
import type { Rule } from './types';

// A VM reserves its whole allocation whether the guest uses it or not: that, not the apps, is
// usually what fills a machine running VMs.
export const memoryExceeded: Rule = {
  id: 'memory-exceeded',
  family: 'capacity',
  stage: 'costs',
  severity: 'error',
  reference: ['L25'],
  source: SOURCES.vmwareOverhead,
  check(ctx, report) {
    for (const over of overCapacity(ctx, 'hardware', 'memory')) {
      const { capacityMiB, usedMiB, overMiB } = over.gauge;
      report(
        capacityFinding(ctx, over, 'memory', {
          message: `${nameOf(over.placed)} has ${formatMiB(capacityMiB)} of memory, but what runs on it needs ${formatMiB(usedMiB)}: ${formatMiB(overMiB)} too much. Every VM counts with its full allocation, used or not.`,
          fix: 'Remove something or shrink a VM’s memory allocation, or give the machine more memory.',
        }),
      );
    }
  },
};
