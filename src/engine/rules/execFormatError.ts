import * as SOURCES from '../catalog/sources';
import { kernelArch } from '../graph/kernelFacts';
import { nameOf } from './describe';
import type { Rule } from './types';

// Containers run on the real kernel and CPU. An arm64 image on an amd64 host fails with
// "exec format error" unless an emulator translates it — slowly.
export const execFormatError: Rule = {
  id: 'exec-format-error',
  family: 'architecture',
  severity: 'error',
  reference: ['L12'],
  source: SOURCES.buildkitMultiPlatform,
  check({ placement }, report) {
    for (const p of [...placement.byKind.library, ...placement.byKind.app]) {
      const kernel = p.kernel;
      if (kernel === undefined || p.machine === undefined || p.figures.arch === 'any') continue;
      const cpu = kernelArch(kernel);
      const mine = p.figures.arch;
      if (cpu === undefined || cpu === mine) continue;
      const engine = p.engine;
      if (engine?.kind === 'engine' && engine.figures.emulates) {
        report({
          severity: 'warning',
          blockIds: [p.block.id, engine.block.id],
          message: `${nameOf(p)} is built for ${mine} and runs on ${cpu} only because ${nameOf(engine)} emulates the other CPU (QEMU user-mode emulation). Expect it to be many times slower.`,
          fix: `Use an ${cpu} or multi-platform build of ${nameOf(p)}.`,
        });
      } else {
        report({
          blockIds: [p.block.id],
          message: `${nameOf(p)} is built for ${mine}, but it would run on the ${cpu} CPU under ${nameOf(kernel)}. Started there it fails with "exec format error".`,
          fix: `Use an ${cpu} (or multi-platform) build of ${nameOf(p)}, or run it on a machine with an ${mine} CPU.`,
        });
      }
    }
  },
};
