import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// An image built FROM scratch holds only the program itself: that works for a statically linked
// binary, but a dynamically linked program looks for its loader and C library, finds nothing,
// and does not start at all.
export const appWithoutLibraries: Rule = {
  id: 'app-without-libraries',
  family: 'libraries',
  severity: 'error',
  reference: ['L24'],
  source: SOURCES.distroless,
  check({ placement }, report) {
    for (const p of placement.byKind.app) {
      if (p.host?.kind !== 'engine' || p.figures.libc === 'none') continue;
      report({
        blockIds: [p.block.id],
        message: `${nameOf(p)} sits straight on ${nameOf(p.host)} with no image layers, like an image built FROM scratch. It is linked against ${p.figures.libc}, and with no C library in the image it cannot start. Only a statically linked program runs like that.`,
        fix: `Put a base layer with ${p.figures.libc} (for example ${p.figures.libc === 'musl' ? 'alpine:3' : 'debian:bookworm-slim'}) between them, or use a static binary.`,
      });
    }
  },
};
