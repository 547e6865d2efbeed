import type { LibraryFigures } from '../figures';
import { defineVariant } from './defineVariant';

// Sizes on disk are docker-library's uncompressed "Virtual Size". Resident memory is an estimate:
// about a fifth of the layer's size is loaded into the page cache when programs use it.
function layer(figures: Omit<LibraryFigures, 'family'>): LibraryFigures {
  return { family: 'linux', ...figures };
}

export const LIBRARIES = [
  defineVariant<'library'>({
    id: 'debian-slim',
    kind: 'library',
    label: 'debian:bookworm-slim',
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 15, diskMiB: 74.8, startMs: 0 }),
  }),
  defineVariant<'library'>({
    id: 'ubuntu-base',
    kind: 'library',
    label: 'ubuntu:24.04',
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 15, diskMiB: 77.4, startMs: 0 }),
  }),
  defineVariant<'library'>({
    id: 'alpine-base',
    kind: 'library',
    label: 'alpine:3',
    figures: layer({ arch: 'any', libc: 'musl', memoryMiB: 2, diskMiB: 8.4, startMs: 0 }),
  }),
  defineVariant<'library'>({
    id: 'distroless-static',
    kind: 'library',
    label: 'distroless/static',
    figures: layer({ arch: 'any', libc: 'none', memoryMiB: 0.5, diskMiB: 2, startMs: 0 }),
  }),
  defineVariant<'library'>({
    id: 'glibc',
    kind: 'library',
    label: 'glibc',
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 3, diskMiB: 13, startMs: 0 }),
  }),
  defineVariant<'library'>({
    id: 'musl',
    kind: 'library',
    label: 'musl libc',
    figures: layer({ arch: 'any', libc: 'musl', memoryMiB: 0.5, diskMiB: 0.65, startMs: 0 }),
  }),
  defineVariant<'library'>({
    id: 'python',
    kind: 'library',
    label: 'Python 3.12 runtime',
    // python:3.12-slim-bookworm is 124.3 MB on disk = Debian slim 74.8 MB + ~49.5 MB of Python.
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 10, diskMiB: 49.5, startMs: 30 }),
  }),
  defineVariant<'library'>({
    id: 'node',
    kind: 'library',
    label: 'Node.js 22 runtime',
    // node:22-alpine is 167.8 MB = alpine 8.4 MB + ~159 MB of Node.js; the glibc build is similar.
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 30, diskMiB: 159, startMs: 40 }),
  }),
  defineVariant<'library'>({
    id: 'jre',
    kind: 'library',
    label: 'Java runtime (JRE)',
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 40, diskMiB: 200, startMs: 400 }),
  }),
  defineVariant<'library'>({
    id: 'windows-nanoserver',
    kind: 'library',
    label: 'Windows Nano Server',
    figures: {
      family: 'windows',
      arch: 'x86_64',
      libc: 'none',
      memoryMiB: 30,
      diskMiB: 250,
      startMs: 0,
    },
  }),
];
