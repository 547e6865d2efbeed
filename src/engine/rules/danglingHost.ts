import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import { stackIds } from './stackHelpers';
import type { Rule } from './types';

/** A block names a host that is not in the design (a file edited by hand, or a broken link). */
export const danglingHost: Rule = {
  id: 'dangling-host',
  family: 'structure',
  severity: 'error',
  reference: ['L1'],
  source: SOURCES.nist800125,
  check({ placement }, report) {
    for (const p of placement.dangling) {
      report({
        blockIds: stackIds([p]),
        message: `${nameOf(p)} is set to run on a block that is not in this design, so it and everything on it do not run.`,
        fix: `Drag ${nameOf(p)} onto a block in this design, or detach it.`,
      });
    }
  },
};
