import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

export const hardwareIsRoot: Rule = {
  id: 'hardware-is-root',
  family: 'structure',
  severity: 'error',
  reference: ['L1'],
  source: SOURCES.nist800125,
  check({ placement }, report) {
    for (const p of placement.byKind.hardware) {
      if (p.block.on === undefined) continue;
      report({
        blockIds: [p.block.id],
        message: `${nameOf(p)} is a physical machine placed on another block. Nothing can sit below real hardware: it is always the bottom of its stack.`,
        fix: `Detach ${nameOf(p)} so it stands on its own, and build upwards from it.`,
      });
    }
  },
};
