import { defineVariant } from './defineVariant';
import { SOURCES } from './sources';

// No public source gives "the" size of an app: these are placeholders a student is expected to
// change (the reference suggests 50 MiB of memory and 20 MiB of disk), so all are estimates.
const ALL = ['memoryMiB', 'diskMiB', 'startMs'] as const;

export const APPS = [
  defineVariant<'app'>({
    id: 'web-app',
    kind: 'app',
    label: 'Web app',
    figures: {
      family: 'linux',
      arch: 'x86_64',
      libc: 'glibc',
      memoryMiB: 50,
      diskMiB: 20,
      startMs: 300,
    },
    estimates: [...ALL],
    sources: [SOURCES.dockerWhatIsContainer],
  }),
  defineVariant<'app'>({
    id: 'api-service',
    kind: 'app',
    label: 'API service',
    figures: {
      family: 'linux',
      arch: 'x86_64',
      libc: 'glibc',
      memoryMiB: 80,
      diskMiB: 30,
      startMs: 300,
    },
    estimates: [...ALL],
    sources: [SOURCES.dockerWhatIsContainer],
  }),
  defineVariant<'app'>({
    id: 'database',
    kind: 'app',
    label: 'Database',
    figures: {
      family: 'linux',
      arch: 'x86_64',
      libc: 'glibc',
      memoryMiB: 256,
      diskMiB: 200,
      startMs: 1500,
    },
    estimates: [...ALL],
    sources: [SOURCES.dockerWhatIsContainer],
  }),
  defineVariant<'app'>({
    id: 'static-binary',
    kind: 'app',
    label: 'Static binary',
    figures: {
      family: 'linux',
      arch: 'x86_64',
      libc: 'none',
      memoryMiB: 10,
      diskMiB: 10,
      startMs: 5,
    },
    estimates: [...ALL],
    sources: [SOURCES.distroless],
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
    estimates: [...ALL],
    sources: [SOURCES.microsoftContainersVsVms],
  }),
];
