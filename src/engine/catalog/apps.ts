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
    description:
      'A small web application, linked against glibc like most Linux programs. The same app can run natively, in a VM or in a container: only the stack below it changes.',
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
    description:
      'A back-end service answering requests from other programs. Many copies of it are often run side by side, so the cost of one more copy matters.',
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
    description:
      'A database server that keeps data on disk and a large cache in memory. It is heavier and slower to start than a web app.',
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
    description:
      'A program linked statically (typical for Go or Rust), so it needs no C library at all. It can run on an empty image, straight on the container engine.',
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
    description:
      'A program built for Windows, such as a .NET service. Even in a container it needs a Windows kernel below it.',
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
