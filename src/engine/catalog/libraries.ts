import type { LibraryFigures } from '../figures';
import { defineVariant } from './defineVariant';

// Sizes on disk are docker-library's uncompressed "Virtual Size". Resident memory is an estimate:
// about a fifth of the layer's size is loaded into the page cache when programs use it.
function layer(figures: Omit<LibraryFigures, 'family'>): LibraryFigures {
  return { family: 'linux', ...figures };
}
// A base image brings its own C library (or, for distroless, none) and needs nothing below.
const base = (libc: LibraryFigures['libc'], memoryMiB: number, diskMiB: number) =>
  layer({ arch: 'any', libc, needsLibc: 'none', memoryMiB, diskMiB, startMs: 0 });
// A language runtime brings no C library: its interpreter was linked against one, which must be
// in the layers below it (python:3.12-slim is Debian slim with Python on top). Official runtime
// images come in glibc and musl builds (python:3.12-alpine, node:22-alpine, Temurin's Alpine JRE),
// so a runtime takes the build for the C library below it, and needs one to be there.
const runtime = (memoryMiB: number, diskMiB: number, startMs: number) =>
  layer({ arch: 'any', libc: 'none', needsLibc: 'any', memoryMiB, diskMiB, startMs });

export const LIBRARIES = [
  defineVariant<'library'>({
    id: 'debian-slim',
    kind: 'library',
    label: 'debian:bookworm-slim',
    figures: base('glibc', 15, 74.8),
  }),
  defineVariant<'library'>({
    id: 'ubuntu-base',
    kind: 'library',
    label: 'ubuntu:24.04',
    figures: base('glibc', 15, 77.4),
  }),
  defineVariant<'library'>({
    id: 'alpine-base',
    kind: 'library',
    label: 'alpine:3',
    figures: base('musl', 2, 8.4),
  }),
  defineVariant<'library'>({
    id: 'distroless-static',
    kind: 'library',
    label: 'distroless/static',
    figures: base('none', 0.5, 2),
  }),
  defineVariant<'library'>({
    id: 'glibc',
    kind: 'library',
    label: 'glibc',
    figures: base('glibc', 3, 13),
  }),
  defineVariant<'library'>({
    id: 'musl',
    kind: 'library',
    label: 'musl libc',
    figures: base('musl', 0.5, 0.65),
  }),
  defineVariant<'library'>({
    id: 'gcompat',
    kind: 'library',
    label: 'gcompat (glibc on musl)',
    // Alpine's compatibility layer: a stub of glibc's loader that hands glibc programs to musl.
    // It needs musl below it and offers glibc's interface above it.
    figures: layer({
      arch: 'any',
      libc: 'glibc',
      needsLibc: 'musl',
      memoryMiB: 0.2,
      diskMiB: 0.3,
      startMs: 0,
    }),
  }),
  defineVariant<'library'>({
    id: 'python',
    kind: 'library',
    label: 'Python 3.12 runtime',
    // python:3.12-slim-bookworm is 124.3 MB on disk = Debian slim 74.8 MB + ~49.5 MB of Python.
    figures: runtime(10, 49.5, 30),
  }),
  defineVariant<'library'>({
    id: 'node',
    kind: 'library',
    label: 'Node.js 22 runtime',
    // node:22-alpine is 167.8 MB = alpine 8.4 MB + ~159 MB of Node.js; the glibc build is similar.
    figures: runtime(30, 159, 40),
  }),
  defineVariant<'library'>({
    id: 'jre',
    kind: 'library',
    label: 'Java runtime (JRE)',
    figures: runtime(40, 200, 400),
  }),
  defineVariant<'library'>({
    id: 'windows-nanoserver',
    kind: 'library',
    label: 'Windows Nano Server',
    figures: {
      family: 'windows',
      arch: 'x86_64',
      libc: 'none',
      needsLibc: 'none',
      memoryMiB: 30,
      diskMiB: 250,
      startMs: 0,
    },
  }),
];
