import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// KVM turns the Linux kernel itself into the hypervisor, so "Linux + KVM" is one unit. Whether
// that makes it type 1 or type 2 is disputed; both answers are accepted everywhere in the app.
export const kvmNeedsLinux: Rule = {
  id: 'kvm-needs-linux',
  family: 'placement',
  severity: 'error',
  reference: ['L4'],
  source: SOURCES.kvmRedHat,
  check({ placement }, report) {
    for (const p of placement.byKind.hypervisor) {
      const host = p.host;
      if (p.figures.hypervisorType !== 'kvm' || host === undefined) continue;
      if (host.kind === 'hardware') {
        report({
          blockIds: [p.block.id],
          message: `${nameOf(p)} is built on KVM, a module of the Linux kernel, so it cannot sit straight on ${nameOf(host)}: it needs Linux underneath.`,
          fix: `Put a Linux OS such as Ubuntu on ${nameOf(host)} and move ${nameOf(p)} onto it.`,
        });
      } else if (host.kind === 'os' && host.figures.family !== 'linux') {
        report({
          blockIds: [p.block.id, host.block.id],
          message: `${nameOf(p)} needs the Linux kernel's KVM module, and ${nameOf(host)} is not Linux.`,
          fix: `Run ${nameOf(p)} on a Linux host OS, or use a hypervisor made for ${nameOf(host)}.`,
        });
      }
    }
  },
};
