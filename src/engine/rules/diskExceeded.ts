import * as SOURCES from '../catalog/sources';
import { capacityFinding, overCapacity } from './capacityRule';
import { formatMiB, nameOf } from './describe';
import type { Rule } from './types';

export const diskExceeded: Rule = {
  id: 'disk-exceeded',
  family: 'capacity',
  stage: 'costs',
  severity: 'error',
  reference: ['L25'],
  source: SOURCES.dockerStorage,
  check(ctx, report) {
    for (const over of overCapacity(ctx, 'hardware', 'disk')) {
      const { capacityMiB, usedMiB, overMiB } = over.gauge;
      report(
        capacityFinding(ctx, over, 'disk', {
          message: `${nameOf(over.placed)} has ${formatMiB(capacityMiB)} of disk, but what is installed on it needs ${formatMiB(usedMiB)}: ${formatMiB(overMiB)} too much. Each VM's virtual disk counts in full.`,
          fix: 'Remove something or shrink a VM’s disk allocation, or give the machine a bigger disk.',
        }),
      );
    }
  },
};
