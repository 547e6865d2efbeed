import * as SOURCES from '../catalog/sources';
import { kernelFamily } from '../graph/kernelFacts';
import { FAMILY_NAMES } from '../familyNames';
import { nameOf } from './describe';
import type { Rule } from './types';

// A container brings its own files but borrows the kernel below it: an Ubuntu image runs fine on a
// Fedora host, but a Windows program cannot run on a Linux kernel (or the other way round).
export const kernelFamilyMismatch: Rule = {
  id: 'kernel-family-mismatch',
  family: 'kernel',
  severity: 'error',
  reference: ['L17', 'L18'],
  source: SOURCES.microsoftContainersVsVms,
  check({ placement }, report) {
    for (const p of [...placement.byKind.library, ...placement.byKind.app]) {
      const kernel = p.kernel;
      if (kernel === undefined || p.machine === undefined) continue;
      const family = kernelFamily(kernel);
      // When the engine itself is on the wrong kernel, engine-kernel-family already says so.
      const engine = p.engine;
      if (engine?.kind === 'engine' && engine.figures.family !== family) continue;
      if (family === undefined || family === p.figures.family) continue;
      report({
        blockIds: [p.block.id],
        message: `${nameOf(p)} is a ${FAMILY_NAMES[p.figures.family]} program, but the kernel it would run on (${nameOf(kernel)}) is ${FAMILY_NAMES[family]}. Apps and containers use the kernel below them; they cannot bring their own.`,
        fix: `Run ${nameOf(p)} on a ${FAMILY_NAMES[p.figures.family]} OS — in a VM if this machine's host OS is ${FAMILY_NAMES[family]}.`,
      });
    }
  },
};
