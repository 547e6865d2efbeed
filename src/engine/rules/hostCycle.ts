import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import { stackIds } from './stackHelpers';
import type { Rule } from './types';

/** Blocks that run on each other in a circle never reach a machine. */
export const hostCycle: Rule = {
  id: 'host-cycle',
  family: 'structure',
  severity: 'error',
  reference: ['L1'],
  source: SOURCES.nist800125,
  check({ placement }, report) {
    for (const cycle of placement.cycles) {
      const names = cycle.map(nameOf);
      report({
        blockIds: stackIds(cycle),
        message: `${names.join(' → ')} → ${names[0]}: each runs on the next in a circle, so none of them reaches a machine. A stack is built bottom-up and has a bottom.`,
        fix: `Detach one of them, then stack them upwards from a machine.`,
      });
    }
  },
};
