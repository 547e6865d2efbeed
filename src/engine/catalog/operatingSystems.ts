import { defineVariant } from './defineVariant';
import { SOURCES } from './sources';

export const OPERATING_SYSTEMS = [
  defineVariant<'os'>({
    id: 'ubuntu',
    kind: 'os',
    label: 'Ubuntu Server',
    description:
      'A popular Linux distribution: a Linux kernel plus the GNU userland built on glibc. On hardware it is a host OS; on a hypervisor it is a guest OS with a kernel of its own.',
    // Minimums from Ubuntu's requirements (cloud image: 1 GB RAM, 4 GB disk); boot measured on EC2.
    // As a guest it gets 2 GiB and the suggested 25 GB disk.
    figures: {
      family: 'linux',
      arch: 'x86_64',
      libc: 'glibc',
      memoryMiB: 1024,
      diskMiB: 4096,
      startMs: 8800,
      vmMemoryMiB: 2048,
      vmDiskMiB: 25600,
    },
    estimates: ['vmMemoryMiB'],
    sources: [SOURCES.ubuntuRequirements, SOURCES.ubuntuBoot],
  }),
  defineVariant<'os'>({
    id: 'debian',
    kind: 'os',
    label: 'Debian',
    description:
      'A lean, stable Linux distribution built on glibc; the base of many container images too. Without a desktop it needs very little memory.',
    figures: {
      family: 'linux',
      arch: 'x86_64',
      libc: 'glibc',
      memoryMiB: 512,
      diskMiB: 2048,
      startMs: 8000,
      vmMemoryMiB: 1024,
      vmDiskMiB: 8192,
    },
    estimates: ['startMs', 'vmMemoryMiB', 'vmDiskMiB'],
    sources: [SOURCES.debianRequirements],
  }),
  defineVariant<'os'>({
    id: 'alpine',
    kind: 'os',
    label: 'Alpine Linux',
    description:
      'A tiny Linux distribution built on musl instead of glibc. Programs compiled for glibc may refuse to start on it.',
    figures: {
      family: 'linux',
      arch: 'x86_64',
      libc: 'musl',
      memoryMiB: 256,
      diskMiB: 200,
      startMs: 3000,
      vmMemoryMiB: 512,
      vmDiskMiB: 1024,
    },
    estimates: ['memoryMiB', 'startMs', 'vmMemoryMiB', 'vmDiskMiB'],
    sources: [SOURCES.alpineReview],
  }),
  defineVariant<'os'>({
    id: 'windows-server',
    kind: 'os',
    label: 'Windows Server',
    description:
      'Microsoft Windows Server (Core): a Windows kernel, which only Windows programs and Windows containers can use. Turning on Hyper-V slides a hypervisor underneath it.',
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
    estimates: ['startMs', 'vmMemoryMiB', 'vmDiskMiB'],
    sources: [SOURCES.windowsServerRequirements],
  }),
  defineVariant<'os'>({
    id: 'macos',
    kind: 'os',
    label: 'macOS',
    description:
      "Apple's operating system, with its own kernel (XNU), not a Linux one. Linux containers on a Mac therefore run inside a hidden Linux VM.",
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
    estimates: ['memoryMiB', 'diskMiB', 'startMs', 'vmMemoryMiB', 'vmDiskMiB'],
    sources: [SOURCES.podmanMachine, SOURCES.dockerDesktopVmm],
  }),
  defineVariant<'os'>({
    id: 'microvm-linux',
    kind: 'os',
    label: 'MicroVM Linux',
    description:
      'A stripped-down Linux guest tuned for a microVM monitor such as Firecracker: a small kernel and almost nothing else. It reaches its first process in about a tenth of a second.',
    // Firecracker's spec: 128 MiB guests, ≤ 125 ms from InstanceStart to /sbin/init.
    figures: {
      family: 'linux',
      arch: 'x86_64',
      libc: 'glibc',
      memoryMiB: 40,
      diskMiB: 100,
      startMs: 125,
      vmMemoryMiB: 128,
      vmDiskMiB: 300,
    },
    estimates: ['memoryMiB', 'diskMiB', 'vmDiskMiB'],
    sources: [SOURCES.firecrackerSpec],
  }),
];
