import * as SOURCES from '../catalog/sources';
import { capacityFinding, overCapacity } from './capacityRule';
import { formatMiB, nameOf } from './describe';
import type { Rule } from './types';

export const vmDiskExceeded: Rule = {
  id: 'vm-disk-exceeded',
  family: 'capacity',
  severity: 'error',
  reference: ['L25'],
  source: SOURCES.ubuntuRequirements,
  check(ctx, report) {
    for (const over of overCapacity(ctx, 'vms', 'disk')) {
      const { capacityMiB, usedMiB } = over.gauge;
      report(
        capacityFinding(ctx, over, 'disk', {
          message: `The VM ${nameOf(over.placed)} was given a ${formatMiB(capacityMiB)} disk, but its OS and what is installed inside it need ${formatMiB(usedMiB)}.`,
          fix: `Select ${nameOf(over.placed)} and raise its VM disk allocation, or move something out of the VM.`,
        }),
      );
    }
  },
};
