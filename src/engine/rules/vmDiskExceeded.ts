import * as SOURCES from '../catalog/sources';
import { capacityFinding, overCapacity } from './capacityRule';
import { formatMiB, nameOf } from './describe';
import type { Rule } from './types';

export const vmDiskExceeded: Rule = {
  id: 'vm-disk-exceeded',
  family: 'capacity',
  stage: 'costs',
  severity: 'error',
  reference: ['L25'],
  source: SOURCES.ubuntuRequirements,
  check(ctx, report) {
    for (const over of overCapacity(ctx, 'vms', 'disk')) {
      const { capacityMiB, usedMiB } = over.gauge;
      const name = nameOf(over.placed);
      report(
        capacityFinding(
          ctx,
          over,
          'disk',
          over.report.kind === 'hidden-vm'
            ? {
                message: `${name}'s hidden Linux VM has a ${formatMiB(capacityMiB)} disk, but its own Linux and the images inside it need ${formatMiB(usedMiB)}.`,
                fix: `Select ${name} and raise "Hidden VM disk", or remove images.`,
              }
            : {
                message: `The VM ${name} was given a ${formatMiB(capacityMiB)} disk, but its OS and what is installed inside it need ${formatMiB(usedMiB)}.`,
                fix: `Select ${name} and raise its VM disk allocation, or move something out of the VM.`,
              },
        ),
      );
    }
  },
};
