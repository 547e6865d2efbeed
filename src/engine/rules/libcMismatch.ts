import * as SOURCES from '../catalog/sources';
import { kernelFamily } from '../graph/kernelFacts';
import { nameOf } from './describe';
import { providedLibc } from './stackHelpers';
import type { Rule } from './types';

// Alpine uses musl instead of glibc. A program compiled for glibc (most Linux distributions) may
// not start on Alpine, and the other way round.
export const libcMismatch: Rule = {
  id: 'libc-mismatch',
  family: 'libraries',
  severity: 'warning',
  reference: ['L19'],
  source: SOURCES.pythonImageVariants,
  check({ placement }, report) {
    for (const p of [...placement.byKind.library, ...placement.byKind.app]) {
      const need = p.figures.libc;
      // A base layer (straight on an engine or OS) brings its own C library; a static app needs none.
      if (need === 'none' || p.machine === undefined || p.host?.kind === 'engine') continue;
      if (p.kind === 'library' && p.host?.kind !== 'library') continue;
      const kernel = p.kernel;
      if (kernel === undefined || kernelFamily(kernel) !== p.figures.family) continue;
      const got = providedLibc(p);
      if (got === undefined || got.libc === need) continue;
      const example = need === 'glibc' ? 'debian:bookworm-slim' : 'alpine:3';
      report({
        blockIds: [p.block.id, got.provider.block.id],
        message:
          got.libc === 'none'
            ? `${nameOf(p)} needs ${need}, but nothing below it provides a C library (${nameOf(got.provider)} has none).`
            : `${nameOf(p)} was built for ${need}, but ${nameOf(got.provider)} below it provides ${got.libc}. It may fail to start with "not found" errors.`,
        fix: `Put ${nameOf(p)} on a ${need}-based layer (for example ${example}), or use a ${got.libc === 'none' ? 'static' : got.libc} build of it.`,
      });
    }
  },
};
