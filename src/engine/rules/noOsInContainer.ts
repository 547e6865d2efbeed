import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// A container brings its own files and libraries but borrows the host's kernel: it cannot boot
// an operating system (a kernel) of its own.
export const noOsInContainer: Rule = {
  id: 'no-os-in-container',
  family: 'placement',
  severity: 'error',
  reference: ['L18'],
  source: SOURCES.microsoftContainersVsVms,
  check({ placement }, report) {
    for (const p of placement.byKind.os) {
      if (p.host?.kind !== 'engine' && p.host?.kind !== 'library') continue;
      report({
        blockIds: [p.block.id],
        message: `${nameOf(p)} sits inside a container stack. Containers share the kernel of the OS below their engine; they cannot boot an operating system of their own.`,
        fix: `To run another OS, make a VM: move ${nameOf(p)} onto a hypervisor. To bring a distribution's files into a container, use a base image layer such as debian:bookworm-slim instead.`,
      });
    }
  },
};
