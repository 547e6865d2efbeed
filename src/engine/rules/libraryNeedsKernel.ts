import * as SOURCES from '../catalog/sources';
import { aKind, nameOf } from './describe';
import type { Rule } from './types';

// Libraries are files loaded by programs: without an OS below, nothing could load them.
export const libraryNeedsKernel: Rule = {
  id: 'library-needs-kernel',
  family: 'placement',
  severity: 'error',
  reference: ['L13', 'L25'],
  source: SOURCES.dockerStorage,
  check({ placement }, report) {
    for (const p of placement.byKind.library) {
      const host = p.host;
      if (host?.kind !== 'hardware' && host?.kind !== 'hypervisor') continue;
      report({
        blockIds: [p.block.id, host.block.id],
        message: `${nameOf(p)} is a set of files and libraries for programs, sitting on ${aKind(host)} (${nameOf(host)}). Libraries are loaded by an operating system, directly or through a container engine.`,
        fix: `Move ${nameOf(p)} onto a container engine, or onto an OS.`,
      });
    }
  },
};
