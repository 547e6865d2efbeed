import { defineVariant } from './defineVariant';
import { SOURCES } from './sources';

// Machines are capacities a student chooses; the defaults are typical configurations, so every
// capacity is marked as an estimate. What matters for the rules is `arch` and `virtualization`.
const TYPICAL = ['memoryMiB', 'diskMiB', 'cores'] as const;

export const HARDWARE = [
  defineVariant<'hardware'>({
    id: 'x86-server',
    kind: 'hardware',
    label: 'x86 server',
    description:
      'A rack server with an Intel or AMD processor and the virtualization extensions switched on. It is the real machine at the bottom of every stack: everything above it shares its memory and disk.',
    figures: {
      memoryMiB: 65536,
      diskMiB: 1048576,
      cores: 16,
      arch: 'x86_64',
      virtualization: true,
    },
    estimates: [...TYPICAL],
    sources: [SOURCES.kvm, SOURCES.nist800125],
  }),
  defineVariant<'hardware'>({
    id: 'arm-server',
    kind: 'hardware',
    label: 'Arm server',
    description:
      'A server whose processor speaks the arm64 instruction set, like many cloud machines today. Software built only for x86_64 cannot run on it without an emulator.',
    figures: { memoryMiB: 65536, diskMiB: 1048576, cores: 64, arch: 'arm64', virtualization: true },
    estimates: [...TYPICAL],
    sources: [SOURCES.qemu, SOURCES.dockerMultiPlatform],
  }),
  defineVariant<'hardware'>({
    id: 'laptop',
    kind: 'hardware',
    label: 'Laptop (x86)',
    description:
      'An ordinary x86 laptop with virtualization switched on in its firmware. A good home for a hosted hypervisor or a container engine while you learn.',
    figures: { memoryMiB: 16384, diskMiB: 524288, cores: 8, arch: 'x86_64', virtualization: true },
    estimates: [...TYPICAL],
    sources: [SOURCES.kvm],
  }),
  defineVariant<'hardware'>({
    id: 'laptop-no-vt',
    kind: 'hardware',
    label: 'Old laptop (no VT-x)',
    description:
      'An x86 laptop whose CPU lacks virtualization extensions, or has them switched off in the firmware. Modern hypervisors refuse to start on it; containers still work.',
    figures: { memoryMiB: 8192, diskMiB: 262144, cores: 4, arch: 'x86_64', virtualization: false },
    estimates: [...TYPICAL],
    sources: [SOURCES.kvm, SOURCES.windowsServerRequirements],
  }),
  defineVariant<'hardware'>({
    id: 'mac-apple-silicon',
    kind: 'hardware',
    label: 'Mac (Apple silicon)',
    description:
      'A Mac laptop with an arm64 Apple processor. It runs macOS, so Linux containers need a Linux VM, and x86 virtual machines need slow emulation.',
    figures: { memoryMiB: 16384, diskMiB: 524288, cores: 10, arch: 'arm64', virtualization: true },
    estimates: [...TYPICAL],
    sources: [SOURCES.vmwareArm, SOURCES.dockerDesktopVmm],
  }),
];
