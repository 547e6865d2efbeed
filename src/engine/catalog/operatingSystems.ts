import { defineVariant } from './defineVariant';

// Linux distributions ship one release for every CPU (`arch: 'any'`): installed on an Arm
// server, Ubuntu is Ubuntu for arm64. Windows Server is sold for x86_64 only, and this macOS is
// the Apple-silicon build; a student can pin any OS to one architecture in the Inspector.
export const OPERATING_SYSTEMS = [
  defineVariant<'os'>({
    id: 'ubuntu',
    kind: 'os',
    label: 'Ubuntu Server',
    // Minimums from Ubuntu's requirements (cloud image: 1 GB RAM, 4 GB disk); boot measured on EC2.
    // As a guest it gets 2 GiB and the suggested 25 GB disk.
    figures: {
      family: 'linux',
      arch: 'any',
      libc: 'glibc',
      memoryMiB: 1024,
      diskMiB: 4096,
      startMs: 8800,
      vmMemoryMiB: 2048,
      vmDiskMiB: 25600,
    },
  }),
  defineVariant<'os'>({
    id: 'debian',
    kind: 'os',
    label: 'Debian',
    figures: {
      family: 'linux',
      arch: 'any',
      libc: 'glibc',
      memoryMiB: 512,
      diskMiB: 2048,
      startMs: 8000,
      vmMemoryMiB: 1024,
      vmDiskMiB: 8192,
    },
  }),
  defineVariant<'os'>({
    id: 'alpine',
    kind: 'os',
    label: 'Alpine Linux',
    figures: {
      family: 'linux',
      arch: 'any',
      libc: 'musl',
      memoryMiB: 256,
      diskMiB: 200,
      startMs: 3000,
      vmMemoryMiB: 512,
      vmDiskMiB: 1024,
    },
  }),
  defineVariant<'os'>({
    id: 'windows-server',
    kind: 'os',
    label: 'Windows Server',
    // 512 MB for Server Core; a VM needs more than 800 MB to install; 32 GB disk minimum.
    figures: {
      family: 'windows',
      arch: 'x86_64',
      libc: 'none',
      memoryMiB: 512,
      diskMiB: 32768,
      startMs: 45000,
      vmMemoryMiB: 4096,
      vmDiskMiB: 40960,
    },
  }),
  defineVariant<'os'>({
    id: 'macos',
    kind: 'os',
    label: 'macOS',
    figures: {
      family: 'macos',
      arch: 'arm64',
      libc: 'none',
      memoryMiB: 4096,
      diskMiB: 35840,
      startMs: 30000,
      vmMemoryMiB: 8192,
      vmDiskMiB: 65536,
    },
  }),
  defineVariant<'os'>({
    id: 'microvm-linux',
    kind: 'os',
    label: 'MicroVM Linux',
    // Firecracker's spec: 128 MiB guests, ≤ 125 ms from InstanceStart to /sbin/init.
    figures: {
      family: 'linux',
      arch: 'any',
      libc: 'glibc',
      memoryMiB: 40,
      diskMiB: 100,
      startMs: 125,
      vmMemoryMiB: 128,
      vmDiskMiB: 300,
    },
  }),
];
