import * as SOURCES from '../catalog/sources';
import { slidesUnder } from '../graph/placed';
import { nameOf } from './describe';
import type { Rule } from './types';

// Xen is tiny and has no disk or network drivers. The usual way to install it is from a Linux
// distribution's packages: at the next boot Xen starts first and that Linux becomes Dom0, the
// privileged VM that owns the drivers and does the I/O for every other guest.
export const xenDom0: Rule = {
  id: 'xen-dom0',
  family: 'placement',
  severity: 'info',
  reference: ['L6'],
  source: SOURCES.debianXen,
  check({ placement }, report) {
    for (const p of placement.byKind.hypervisor) {
      if (!slidesUnder(p) || p.figures.controlDomain !== 'linux' || p.host === undefined) continue;
      report({
        blockIds: [p.block.id, p.host.block.id],
        message: `${nameOf(p)} installed on ${nameOf(p.host)} slides underneath it at the next boot: ${nameOf(p.host)} becomes Dom0, the privileged VM that owns the drivers. Every guest's disk and network requests go through ${nameOf(p.host)}, and ${nameOf(p)} still counts as type 1.`,
        fix: 'Nothing to fix. Dom0 is charged as drawn: the Linux block below Xen.',
      });
    }
  },
};
