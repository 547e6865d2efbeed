import type { Design } from '../design';
import { convertVmsToContainers, type Conversion } from './toContainers';
import { convertContainersToVms } from './toVms';

/** The same apps the other way: a design of VMs as containers, or one of containers as VMs. */
export type OtherWay = {
  /** What the converted design is made of. */
  readonly as: 'containers' | 'vms';
  readonly conversion: Conversion;
};

/**
 * The lesson's contrast for any design: VMs (even with containers inside them) are turned into
 * containers; a design of containers only is turned into VMs. Undefined when neither applies
 * (no app runs in a VM or a container yet).
 */
export function otherWay(design: Design): OtherWay | undefined {
  const toContainers = convertVmsToContainers(design);
  if (toContainers.converted > 0) return { as: 'containers', conversion: toContainers };
  const toVms = convertContainersToVms(design);
  if (toVms.converted > 0) return { as: 'vms', conversion: toVms };
  return undefined;
}
