import * as SOURCES from '../catalog/sources';
import { aKind, nameOf } from './describe';
import type { Rule } from './types';

// Containers are isolated processes, and processes need an operating-system kernel.
export const engineNeedsKernel: Rule = {
  id: 'engine-needs-kernel',
  family: 'placement',
  severity: 'error',
  reference: ['L13'],
  source: SOURCES.dockerWhatIsContainer,
  check({ placement }, report) {
    for (const p of placement.byKind.engine) {
      const host = p.host;
      if (host === undefined || host.kind === 'os' || host.kind === 'app') continue;
      const fix =
        host.kind === 'hardware'
          ? `Put an OS such as Ubuntu on ${nameOf(host)}, then move ${nameOf(p)} onto it.`
          : host.kind === 'hypervisor'
            ? `A hypervisor runs VMs: put a guest OS on ${nameOf(host)} and move ${nameOf(p)} into that VM.`
            : `Move ${nameOf(p)} down onto the OS below.`;
      report({
        blockIds: [p.block.id, host.block.id],
        message: `${nameOf(p)} is a container engine: its containers are processes, and processes need an operating-system kernel. ${nameOf(host)} is ${aKind(host)}, not an OS.`,
        fix,
      });
    }
  },
};
