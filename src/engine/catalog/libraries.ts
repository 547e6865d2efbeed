import type { LibraryFigures } from '../figures';
import { defineVariant } from './defineVariant';
import { SOURCES } from './sources';

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
    description:
      'A slimmed-down Debian base image: a glibc userland without the kernel. Images built on the same base share these files, stored and loaded once.',
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 15, diskMiB: 74.8, startMs: 0 }),
    estimates: ['memoryMiB'],
    sources: [SOURCES.debianSlimImage, SOURCES.dockerStorage],
  }),
  defineVariant<'library'>({
    id: 'ubuntu-base',
    kind: 'library',
    label: 'ubuntu:24.04',
    description:
      "The Ubuntu base image: Ubuntu's userland and glibc, without a kernel. A container from it still uses the host's kernel.",
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 15, diskMiB: 77.4, startMs: 0 }),
    estimates: ['memoryMiB'],
    sources: [SOURCES.ubuntuImage, SOURCES.dockerStorage],
  }),
  defineVariant<'library'>({
    id: 'alpine-base',
    kind: 'library',
    label: 'alpine:3',
    description:
      'The tiny Alpine base image, built on musl instead of glibc. Small and quick to pull, but programs built for glibc may not start on it.',
    figures: layer({ arch: 'any', libc: 'musl', memoryMiB: 2, diskMiB: 8.4, startMs: 0 }),
    estimates: ['memoryMiB'],
    sources: [SOURCES.alpineImage, SOURCES.pythonImageVariants],
  }),
  defineVariant<'library'>({
    id: 'distroless-static',
    kind: 'library',
    label: 'distroless/static',
    description:
      'An almost empty base: certificates and time zones, no shell, no package manager and no C library. Only a statically linked program can run on it.',
    figures: layer({ arch: 'any', libc: 'none', memoryMiB: 0.5, diskMiB: 2, startMs: 0 }),
    estimates: ['memoryMiB'],
    sources: [SOURCES.distroless],
  }),
  defineVariant<'library'>({
    id: 'glibc',
    kind: 'library',
    label: 'glibc',
    description:
      'The GNU C library, which nearly every program on Debian, Ubuntu or Fedora is linked against. Two apps on the same copy share its pages in memory.',
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 3, diskMiB: 13, startMs: 0 }),
    estimates: ['memoryMiB'],
    sources: [SOURCES.libc6],
  }),
  defineVariant<'library'>({
    id: 'musl',
    kind: 'library',
    label: 'musl libc',
    description:
      'A small, simple C library, used by Alpine. It is about twenty times smaller than glibc but not a drop-in replacement for it.',
    figures: layer({ arch: 'any', libc: 'musl', memoryMiB: 0.5, diskMiB: 0.65, startMs: 0 }),
    estimates: ['memoryMiB'],
    sources: [SOURCES.alpineImage],
  }),
  defineVariant<'library'>({
    id: 'python',
    kind: 'library',
    label: 'Python 3.12 runtime',
    description:
      'The Python interpreter and standard library, as the python:3.12-slim image adds them on top of Debian slim. Every Python app on the same layer shares one copy.',
    // python:3.12-slim-bookworm is 124.3 MB on disk = Debian slim 74.8 MB + ~49.5 MB of Python.
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 10, diskMiB: 49.5, startMs: 30 }),
    estimates: ['memoryMiB', 'startMs'],
    sources: [SOURCES.pythonImage],
  }),
  defineVariant<'library'>({
    id: 'node',
    kind: 'library',
    label: 'Node.js 22 runtime',
    description:
      'The Node.js runtime with npm and yarn, built for glibc. At about 160 MB it is often the biggest layer of a web app image, which is why sharing it pays.',
    // node:22-alpine is 167.8 MB = alpine 8.4 MB + ~159 MB of Node.js; the glibc build is similar.
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 30, diskMiB: 159, startMs: 40 }),
    estimates: ['memoryMiB', 'startMs'],
    sources: [SOURCES.nodeImage],
  }),
  defineVariant<'library'>({
    id: 'jre',
    kind: 'library',
    label: 'Java runtime (JRE)',
    description:
      "A Java runtime such as Eclipse Temurin's JRE, needed by every Java app. It is large and slow to warm up, so sharing one copy between apps saves a lot.",
    figures: layer({ arch: 'any', libc: 'glibc', memoryMiB: 40, diskMiB: 200, startMs: 400 }),
    estimates: ['memoryMiB', 'diskMiB', 'startMs'],
    sources: [SOURCES.adoptium],
  }),
  defineVariant<'library'>({
    id: 'windows-nanoserver',
    kind: 'library',
    label: 'Windows Nano Server',
    description:
      'The smallest Windows container base image. It carries Windows userland files, so it needs a Windows kernel underneath.',
    figures: {
      family: 'windows',
      arch: 'x86_64',
      libc: 'none',
      memoryMiB: 30,
      diskMiB: 250,
      startMs: 0,
    },
    estimates: ['memoryMiB', 'diskMiB'],
    sources: [SOURCES.nanoserver, SOURCES.microsoftContainersVsVms],
  }),
];
