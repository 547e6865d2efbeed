import * as SOURCES from '../catalog/sources';
import { kernelFamily } from '../graph/kernelFacts';
import { nameOf } from './describe';
import { libcSources, neededLibc } from './stackHelpers';
import type { Rule } from './types';

// A dynamically linked program is built against one C library and asks for its loader by name:
// a glibc program on Alpine (musl) finds no /lib/ld-linux… and fails to start with "not found",
// and a musl program on Debian the same way. A compatibility layer (gcompat on Alpine) is the
// legitimate bridge. A language runtime brings no C library of its own: it uses the one below.
export const libcMismatch: Rule = {
  id: 'libc-mismatch',
  family: 'libraries',
  severity: 'error',
  reference: ['L19', 'L24'],
  source: SOURCES.alpineGlibc,
  check({ placement }, report) {
    const sources = libcSources(placement);
    for (const p of [...placement.byKind.library, ...placement.byKind.app]) {
      const need = neededLibc(p);
      // A static program needs nothing; an app straight on an engine is app-without-libraries.
      if (
        need === 'none' ||
        p.machine === undefined ||
        (p.kind === 'app' && p.host?.kind === 'engine')
      )
        continue;
      const kernel = p.kernel;
      if (kernel === undefined || kernelFamily(kernel) !== p.figures.family) continue;
      const got = sources[p.index];
      if (got === undefined || got.libc === need || (need === 'any' && got.libc !== 'none'))
        continue;
      const example = need === 'musl' ? 'alpine:3' : 'debian:bookworm-slim';
      const needs = need === 'any' ? 'a C library' : need;
      if (got.libc === 'none') {
        report({
          blockIds: [p.block.id],
          message:
            p.host?.kind === 'engine'
              ? `${nameOf(p)} has no base image below it: its programs are linked against ${needs}, and nothing under it brings one, so they cannot start. A runtime image such as python:3.12-slim is a base image (Debian slim) with the runtime on top.`
              : `${nameOf(p)} is linked against ${needs}, but none of the layers below it brings a C library, so it cannot start.`,
          fix: `Put a base layer with ${needs} (for example ${example}) under ${nameOf(p)}.`,
        });
        continue;
      }
      const bridge =
        need === 'glibc' && got.libc === 'musl'
          ? ', or add the gcompat compatibility layer on top of it'
          : '';
      report({
        blockIds: [p.block.id, got.provider.block.id],
        message: `${nameOf(p)} is linked against ${need}, but the C library below it is ${got.libc} (from ${nameOf(got.provider)}). It fails to start with a "not found" error: the ${need} loader it asks for is not there.`,
        fix: `Put ${nameOf(p)} on a ${need}-based layer (for example ${example})${bridge}, or use a ${got.libc} build of it.`,
      });
    }
  },
};
