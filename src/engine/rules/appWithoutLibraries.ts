import * as SOURCES from '../catalog/sources';
import { nameOf } from './describe';
import type { Rule } from './types';

// An image built FROM scratch holds only the program itself: that works for a statically linked
// binary, but anything linked against a C library finds none.
export const appWithoutLibraries: Rule = {
  id: 'app-without-libraries',
  family: 'libraries',
  severity: 'warning',
  reference: ['L24'],
  source: SOURCES.distroless,
  check({ placement }, report) {
    for (const p of placement.byKind.app) {
      if (p.host?.kind !== 'engine' || p.figures.libc === 'none') continue;
      report({
        blockIds: [p.block.id],
        message: `${nameOf(p)} sits straight on ${nameOf(p.host)} with no image layers, like an image built FROM scratch. Only a statically linked program runs like that, and ${nameOf(p)} needs ${p.figures.libc}.`,
        fix: `Put a base layer such as debian:bookworm-slim between them, or use a static binary.`,
      });
    }
  },
};
