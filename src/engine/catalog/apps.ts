import { defineVariant } from './defineVariant';

// Catalog apps stand for official, multi-arch images (`arch: 'any'`): each takes the build for
// the CPU it runs on. An image a student built on one machine is pinned to that machine's CPU in
// the Inspector, and then "exec format error" teaches why that matters. Windows programs are x86_64.
export const APPS = [
  defineVariant<'app'>({
    id: 'web-app',
    kind: 'app',
    label: 'Web app',
    figures: {
      family: 'linux',
      arch: 'any',
      libc: 'glibc',
      memoryMiB: 50,
      diskMiB: 20,
      startMs: 300,
    },
  }),
  defineVariant<'app'>({
    id: 'api-service',
    kind: 'app',
    label: 'API service',
    figures: {
      family: 'linux',
      arch: 'any',
      libc: 'glibc',
      memoryMiB: 80,
      diskMiB: 30,
      startMs: 300,
    },
  }),
  defineVariant<'app'>({
    id: 'database',
    kind: 'app',
    label: 'Database',
    figures: {
      family: 'linux',
      arch: 'any',
      libc: 'glibc',
      memoryMiB: 256,
      diskMiB: 200,
      startMs: 1500,
    },
  }),
  defineVariant<'app'>({
    id: 'static-binary',
    kind: 'app',
    label: 'Static binary',
    figures: {
      family: 'linux',
      arch: 'any',
      libc: 'none',
      memoryMiB: 10,
      diskMiB: 10,
      startMs: 5,
    },
  }),
  defineVariant<'app'>({
    id: 'windows-service',
    kind: 'app',
    label: 'Windows service',
    figures: {
      family: 'windows',
      arch: 'x86_64',
      libc: 'none',
      memoryMiB: 100,
      diskMiB: 50,
      startMs: 500,
    },
  }),
];
