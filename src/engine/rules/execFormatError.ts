import * as SOURCES from '../catalog/sources';
import { TRANSLATOR_NAMES } from '../graph/translation';
import { nameOf } from './describe';
import type { Rule } from './types';

// Containers run on the real kernel and CPU. An image built for one CPU (a student's own image,
// built on their laptop) fails on another with "exec format error" — unless something translates
// it: QEMU user-mode emulation (slow), or Rosetta on a Mac with Apple silicon (much faster).
// Official images are multi-arch and simply take the right build.
export const execFormatError: Rule = {
  id: 'exec-format-error',
  family: 'architecture',
  severity: 'error',
  reference: ['L12'],
  source: SOURCES.buildkitMultiPlatform,
  check({ placement }, report) {
    for (const p of [...placement.byKind.library, ...placement.byKind.app]) {
      const mine = p.figures.arch;
      const cpu = p.host?.cpu;
      if (p.machine === undefined || mine === 'any' || cpu === undefined || mine === cpu) continue;
      const t = p.translation;
      if (t !== undefined) {
        const by = TRANSLATOR_NAMES[t.by];
        const engine = p.engine;
        report({
          severity: 'warning',
          blockIds: engine === undefined ? [p.block.id] : [p.block.id, engine.block.id],
          message:
            t.by === 'rosetta'
              ? `${nameOf(p)} is built for ${mine} and runs on this ${cpu} Mac through ${by}, which translates it ahead of time: it works at roughly four fifths of native speed.`
              : `${nameOf(p)} is built for ${mine} and runs on ${cpu} only through ${by}, which translates every instruction. Expect it to be about ten times slower.`,
          fix: `Use an ${cpu} or multi-arch build of ${nameOf(p)}.`,
        });
      } else {
        report({
          blockIds: [p.block.id],
          message: `${nameOf(p)} is built for ${mine}, but it would run on an ${cpu} CPU. Started there it fails with "exec format error".`,
          fix: `Use an ${cpu} or multi-arch build of ${nameOf(p)} (set "Built for" in the Inspector), or run it on a machine with an ${mine} CPU.`,
        });
      }
    }
  },
};
