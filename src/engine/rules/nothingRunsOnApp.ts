import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import { BELONGS_ON } from './stackHelpers';
import type { Rule } from './types';

export const nothingRunsOnApp: Rule = {
  id: 'nothing-runs-on-app',
  family: 'placement',
  severity: 'error',
  reference: ['L24'],
  source: SOURCES.dockerWhatIsContainer,
  check({ placement }, report) {
    for (const p of placement.all) {
      if (p.host?.kind !== 'app') continue;
      report({
        blockIds: [p.block.id, p.host.block.id],
        message: `${nameOf(p)} sits on ${nameOf(p.host)}, but an app is the top of a stack: nothing can run on it.`,
        fix: `Move ${nameOf(p)} onto ${BELONGS_ON[p.kind]}.`,
      });
    }
  },
};
