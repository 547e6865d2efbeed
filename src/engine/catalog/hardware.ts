import { defineVariant } from './defineVariant';

export const HARDWARE = [
  defineVariant<'hardware'>({
    id: 'x86-server',
    kind: 'hardware',
    label: 'x86 server',
    figures: {
      memoryMiB: 65536,
      diskMiB: 1048576,
      cores: 16,
      arch: 'x86_64',
      virtualization: true,
    },
  }),
  defineVariant<'hardware'>({
    id: 'arm-server',
    kind: 'hardware',
    label: 'Arm server',
    figures: { memoryMiB: 65536, diskMiB: 1048576, cores: 64, arch: 'arm64', virtualization: true },
  }),
  defineVariant<'hardware'>({
    id: 'laptop',
    kind: 'hardware',
    label: 'Laptop (x86)',
    figures: { memoryMiB: 16384, diskMiB: 524288, cores: 8, arch: 'x86_64', virtualization: true },
  }),
  defineVariant<'hardware'>({
    id: 'laptop-no-vt',
    kind: 'hardware',
    label: 'Old laptop (no VT-x)',
    figures: { memoryMiB: 8192, diskMiB: 262144, cores: 4, arch: 'x86_64', virtualization: false },
  }),
  defineVariant<'hardware'>({
    id: 'mac-apple-silicon',
    kind: 'hardware',
    label: 'Mac (Apple silicon)',
    figures: { memoryMiB: 16384, diskMiB: 524288, cores: 10, arch: 'arm64', virtualization: true },
  }),
];
