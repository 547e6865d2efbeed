import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import { stackIds } from './stackHelpers';
import type { Rule } from './types';

// Software always runs on something: the bottom of every stack is real hardware. A stack whose
// bottom is not a machine is only a plan — it uses no memory and nothing in it starts.
export const notInstalled: Rule = {
  id: 'not-installed',
  family: 'structure',
  severity: 'warning',
  reference: ['L1'],
  source: SOURCES.nist800125,
  check({ placement }, report) {
    for (const p of placement.all) {
      if (p.kind === 'hardware' || p.host !== undefined || p.block.on !== undefined) continue;
      const ids = stackIds([p]);
      const more = ids.length - 1;
      report({
        blockIds: ids,
        message: `${nameOf(p)} is not installed on anything${more > 0 ? `, so it and the ${more} block${more === 1 ? '' : 's'} on it do not run` : ', so it does not run'}. Every stack starts from a machine.`,
        fix: `Drag ${nameOf(p)} onto the block it should run on (a machine is always the bottom).`,
      });
    }
  },
};
