import * as SOURCES from '../catalog/sources';
import type { Placed } from '../graph/placed';
import { nameOf } from './describe';
import type { Rule } from './types';

/** Hyper-V placed on Windows: allowed, because enabling it slides Hyper-V under Windows. */
export function isHyperVOnWindows(p: Placed): boolean {
  return (
    p.kind === 'hypervisor' &&
    p.variant.id === 'hyper-v' &&
    p.host?.kind === 'os' &&
    p.host.figures.family === 'windows'
  );
}

export const hyperVUnderWindows: Rule = {
  id: 'hyper-v-under-windows',
  family: 'placement',
  severity: 'info',
  reference: ['L5'],
  source: SOURCES.hypervRootPartition,
  check({ placement }, report) {
    for (const p of placement.byKind.hypervisor) {
      if (!isHyperVOnWindows(p) || p.host === undefined) continue;
      report({
        blockIds: [p.block.id],
        message: `Turning on ${nameOf(p)} in ${nameOf(p.host)} does not add an app on top of Windows: the hypervisor slides underneath, and Windows itself becomes a privileged VM (the "root partition"). That is why this stack is allowed even though Hyper-V is type 1.`,
        fix: 'Nothing to fix. Costs are counted as drawn, with Hyper-V on the Windows block.',
      });
    }
  },
};
