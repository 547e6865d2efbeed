import type { B } from '../../helpers/buildDesign';
import { err, info, warn, type ProbeRow } from './probeRow';
import { SRC } from './sources';

// Figures as in hypervisorRows.ts; nesting costs 10 % more per level (Google Cloud: "10% or
// greater"); QEMU without acceleration translates every instruction: ten times slower (900 %).
const X86: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['host', 'os', 'ubuntu', 'hw'],
];
const BIG_VM = { vmMemoryMiB: 8192, vmDiskMiB: 65536 };

/** An arm64 Ubuntu guest under QEMU emulation on the x86 server. */
const ARM64_GUEST: readonly B[] = [
  ...X86,
  ['qemu', 'hypervisor', 'qemu-emulation', 'host'],
  ['g', 'os', 'ubuntu', 'qemu', { props: { arch: 'arm64', vmMemoryMiB: 4096 } }],
  ['docker', 'engine', 'docker', 'g'],
  ['lib', 'library', 'debian-slim', 'docker'],
];

/** KVM inside an arm64 guest emulated by QEMU (which exposes virtualization to it). */
const KVM_IN_ARM64: readonly B[] = [
  ...X86,
  ['qemu', 'hypervisor', 'qemu-emulation', 'host', { props: { nestedVirtualization: true } }],
  ['g', 'os', 'ubuntu', 'qemu', { props: { arch: 'arm64', ...BIG_VM } }],
  ['kvm', 'hypervisor', 'kvm', 'g'],
];

/** ESXi booted as a VM of VMware Workstation (a classic lab). */
const esxiOnWorkstation = (nested: boolean, guest: string): B[] => [
  ...X86,
  ['ws', 'hypervisor', 'vmware-workstation', 'host', { props: { nestedVirtualization: nested } }],
  ['esxi', 'hypervisor', 'esxi', 'ws'],
  ['g', 'os', guest, 'esxi'],
  ['app', 'app', 'web-app', 'g'],
];

/** Hypervisors in VMs, and guests of other CPUs. */
export const NESTED_ROWS: readonly ProbeRow[] = [
  {
    name: 'KVM inside a KVM guest (nested KVM is on by default)',
    blocks: [
      ...X86,
      ['kvm1', 'hypervisor', 'kvm', 'host'],
      ['g1', 'os', 'ubuntu', 'kvm1', { props: BIG_VM }],
      ['kvm2', 'hypervisor', 'kvm', 'g1'],
      ['g2', 'os', 'ubuntu', 'kvm2'],
      ['app', 'app', 'web-app', 'g2'],
    ],
    verdict: [warn('kvm2', 'nested-virtualization')],
    roles: { kvm2: 'nested-hypervisor' },
    accounts: {
      hw: { mem: 9367, disk: 69682 }, // 1024 + 20 + 8192 + 131;  4096 + 50 + 65536
      g1: { mem: 3223, disk: 29746 }, // 1024 + 20 + 2048 + 131;  4096 + 50 + 25600
    },
    apps: {
      app: {
        perf: 85.69, // 100 / (1.03 × 1.03 × 1.10)
        cold: 28700, // 8800 + 1000 + 8800 + 1000 + 8800 + 300
        instance: 9100,
        copies: 2, // one more inner VM in the outer one: floor((8192 − 3223) / 2179)
        io: ['guest-kernel', 'hypervisor', 'guest-kernel', 'hypervisor', 'host-kernel', 'hardware'],
      },
    },
    source: SRC.nestedKvm,
  },
  {
    name: 'KVM inside a VirtualBox guest that does not expose VT-x',
    blocks: [
      ...X86,
      ['vbox', 'hypervisor', 'virtualbox', 'host'],
      ['g', 'os', 'ubuntu', 'vbox', { props: BIG_VM }],
      ['kvm', 'hypervisor', 'kvm', 'g'],
    ],
    verdict: [err('kvm', 'nested-virtualization-off')],
    source: SRC.nestedHyperv,
  },
  {
    name: 'ESXi straight on VMware Workstation, nested virtualization off',
    blocks: esxiOnWorkstation(false, 'debian'),
    verdict: [err('esxi', 'nested-virtualization-off')],
    roles: { esxi: 'nested-hypervisor' },
    source: SRC.nestedEsxi,
  },
  {
    name: 'ESXi straight on VMware Workstation, nested virtualization on',
    blocks: esxiOnWorkstation(true, 'debian'),
    verdict: [warn('esxi', 'nested-virtualization')],
    roles: { esxi: 'nested-hypervisor', g: 'guest-os' },
    accounts: {
      // 1024 host + 200 Workstation + 8192 ESXi VM + 100 per VM = 9516;  4096 + 600 + 32768
      hw: { mem: 9516, disk: 37464 },
      // 1024 ESXi + 1024 + 26 Debian VM;  8192 + 8192
      esxi: { mem: 2074, memCap: 8192, disk: 16384, diskCap: 32768 },
    },
    apps: {
      app: {
        perf: 84.06, // 100 / (1.05 × 1.03 × 1.10)
        cold: 80100, // 8800 + 3000 + 60000 + 8000 + 300
        instance: 8300,
        copies: 5, // floor((8192 − 2074) / 1050)
        io: ['guest-kernel', 'hypervisor', 'hypervisor', 'host-kernel', 'hardware'],
      },
    },
    source: SRC.nestedEsxi,
  },
  {
    name: 'nested ESXi whose VM disk cannot hold an Ubuntu guest’s disk',
    blocks: esxiOnWorkstation(true, 'ubuntu'),
    // 8192 ESXi + 25600 Ubuntu virtual disk = 33792 > 32768: the ESXi VM's datastore is too small.
    verdict: [warn('esxi', 'nested-virtualization'), err('esxi', 'vm-disk-exceeded')],
    accounts: { esxi: { disk: 33792, diskCap: 32768 } },
    source: SRC.nestedEsxi,
  },
  {
    name: 'Hyper-V turned on in a Windows guest of KVM (nested Hyper-V)',
    blocks: [
      ...X86,
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ['win', 'os', 'windows-server', 'kvm'],
      ['hv', 'hypervisor', 'hyper-v', 'win'],
      ['alp', 'os', 'alpine', 'hv'],
      ['bin', 'app', 'static-binary', 'alp'],
    ],
    verdict: [info('hv', 'hyper-v-under-windows'), warn('hv', 'nested-virtualization')],
    roles: { hv: 'nested-hypervisor' },
    accounts: {
      hw: { mem: 5271, disk: 45106 }, // 1024 + 20 + 4096 + 131;  4096 + 50 + 40960
      win: { mem: 1566, disk: 34816 }, // 512 + 512 + 512 + 30;  32768 + 1024 + 1024
    },
    apps: {
      bin: {
        perf: 85.69, // 100 / (1.03 × 1.03 × 1.10)
        cold: 87805, // 8800 + 1000 + 45000 + 30000 + 3000 + 5
        instance: 3005,
        copies: 4, // floor((4096 − 1566) / 542)
        ioPath: ['alp', 'hv', 'win', 'kvm', 'host', 'hw'],
      },
    },
    source: SRC.nestedHyperv,
  },
  {
    name: 'Firecracker inside a KVM guest',
    blocks: [
      ...X86,
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ['g', 'os', 'ubuntu', 'kvm', { props: BIG_VM }],
      ['fc', 'hypervisor', 'firecracker', 'g'],
      ['mv', 'os', 'microvm-linux', 'fc'],
      ['bin', 'app', 'static-binary', 'mv'],
    ],
    verdict: [warn('fc', 'nested-virtualization')],
    accounts: { g: { mem: 1157 } }, // 1024 + 0 + 128 + 5
    apps: {
      bin: {
        perf: 84.06, // 100 / (1.03 × 1.05 × 1.10)
        cold: 18742, // 8800 + 1000 + 8800 + 12 + 125 + 5
        instance: 130,
      },
    },
    source: SRC.firecracker,
  },
  {
    name: 'Docker Desktop inside a Windows guest (its hidden VM is a nested VM)',
    blocks: [
      ...X86,
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ['win', 'os', 'windows-server', 'kvm', { props: { vmMemoryMiB: 16384, vmDiskMiB: 131072 } }],
      ['dd', 'engine', 'docker-desktop', 'win', { props: { vmMemoryMiB: 4096 } }],
      ['lib', 'library', 'debian-slim', 'dd'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    verdict: [
      info('dd', 'hidden-linux-vm'),
      warn('dd', 'nested-virtualization'),
      info('dd', 'containers-in-vm'),
    ],
    accounts: {
      hw: { mem: 17559, disk: 135218 }, // 1024 + 20 + 16384 + 131;  4096 + 50 + 131072
      win: { mem: 4608, disk: 98304 }, // 512 + 4096 hidden VM;  32768 + 65536
      dd: { mem: 582, memCap: 4096, disk: 2142.8 }, // 512 + 15 + 50 + 5;  2048 + 74.8 + 20
    },
    apps: {
      app: {
        perf: 85.69, // 100 / (1.03 KVM × 1.03 hidden VM × 1.10 nested)
        cold: 76600, // 8800 + 1000 + 45000 + 20000 + 0 + 300 + 1500
        instance: 1800, // 1500 container start + 300
        copies: 63, // floor((4096 − 582) / 55)
        io: [
          'vm-kernel',
          'hidden-hypervisor',
          'guest-kernel',
          'hypervisor',
          'host-kernel',
          'hardware',
        ],
      },
    },
    source: SRC.dockerDesktopVmm,
  },
  {
    name: 'gVisor in a cloud VM without nested virtualization (systrap needs none)',
    blocks: [
      ...X86,
      ['kvm', 'hypervisor', 'kvm', 'host', { props: { nestedVirtualization: false } }],
      ['g', 'os', 'ubuntu', 'kvm'],
      ['gv', 'engine', 'gvisor', 'g'],
      ['lib', 'library', 'debian-slim', 'gv'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    verdict: [info('gv', 'containers-in-vm')],
    accounts: { g: { mem: 1189 } }, // 1024 + 60 + 15 + 50 + 40
    apps: {
      app: {
        perf: 92.46, // 100 / (1.03 × 1.05)
        cold: 20700, // 8800 + 1000 + 8800 + 1000 + 0 + 300 + 800
        instance: 1100,
        copies: 9, // floor((2048 − 1189) / 90)
        io: ['user-space-kernel', 'guest-kernel', 'hypervisor', 'host-kernel', 'hardware'],
      },
    },
    source: SRC.gvisor,
  },
  {
    name: 'an emulated arm64 guest on x86 running an arm64 image in Docker',
    blocks: [...ARM64_GUEST, ['app', 'app', 'web-app', 'lib', { props: { arch: 'arm64' } }]],
    // The guest is emulated (warning); inside it the CPU *is* arm64: no exec format error.
    verdict: [warn('g', 'arch-mismatch'), info('docker', 'containers-in-vm')],
    builds: { g: 'arm64', lib: 'arm64', app: 'arm64' },
    accounts: {
      hw: { mem: 5251 }, // 1024 + 0 + 4096 + 131
      g: { mem: 1194, disk: 4590.8 }, // 1024 + 100 + 15 + 55;  4096 + 400 + 74.8 + 20
    },
    apps: {
      app: {
        perf: 9.9, // 100 / (10 × 1.01)
        // 8800 + 1000 + (8800 + 2000 + 0 + 300 + 600) × 10 = 126800
        cold: 126800,
        instance: 9000, // (600 + 300) × 10
        copies: 52, // floor((4096 − 1194) / 55)
        by: 'qemu-system', // its arm64 instructions are translated for the x86 CPU
        io: ['guest-kernel', 'hypervisor', 'host-kernel', 'hardware'],
      },
    },
    source: SRC.qemu,
  },
  {
    name: 'an x86-only image inside the emulated arm64 guest',
    blocks: [...ARM64_GUEST, ['app', 'app', 'web-app', 'lib', { props: { arch: 'x86_64' } }]],
    // The container meets the arm64 CPU QEMU pretends to be, not the x86 machine.
    verdict: [
      warn('g', 'arch-mismatch'),
      info('docker', 'containers-in-vm'),
      err('app', 'exec-format-error'),
    ],
    source: SRC.buildkitMultiPlatform,
  },
  {
    name: 'KVM inside an emulated arm64 guest, with a multi-arch guest of its own',
    blocks: [...KVM_IN_ARM64, ['inner', 'os', 'ubuntu', 'kvm'], ['app', 'app', 'web-app', 'inner']],
    verdict: [warn('g', 'arch-mismatch'), warn('kvm', 'nested-virtualization')],
    builds: { inner: 'arm64', app: 'arm64' },
    apps: {
      app: {
        perf: 8.83, // 100 / (10 × 1.03 × 1.10)
        cold: 198800, // 8800 + 1000 + (8800 + 1000 + 8800 + 300) × 10
        instance: 91000, // (8800 + 300) × 10
      },
    },
    source: SRC.qemu,
  },
  {
    name: 'an x86-only guest on KVM inside the emulated arm64 guest',
    blocks: [...KVM_IN_ARM64, ['inner', 'os', 'windows-server', 'kvm']],
    // KVM runs guests on the CPU it sees, which is arm64.
    verdict: [
      warn('g', 'arch-mismatch'),
      warn('kvm', 'nested-virtualization'),
      err('inner', 'arch-mismatch'),
    ],
    source: SRC.qemu,
  },
  {
    name: 'the x86 Windows Server ISO in VirtualBox on Apple silicon',
    blocks: [
      ['mac', 'hardware', 'mac-apple-silicon'],
      ['macos', 'os', 'macos', 'mac'],
      ['vbox', 'hypervisor', 'virtualbox', 'macos'],
      ['win', 'os', 'windows-server', 'vbox'],
    ],
    verdict: [err('win', 'arch-mismatch')],
    source: SRC.vmwareAppleSilicon,
  },
  {
    name: 'the x86 Windows Server ISO under QEMU emulation on Apple silicon',
    blocks: [
      ['mac', 'hardware', 'mac-apple-silicon'],
      ['macos', 'os', 'macos', 'mac'],
      ['qemu', 'hypervisor', 'qemu-emulation', 'macos'],
      ['win', 'os', 'windows-server', 'qemu'],
      ['svc', 'app', 'windows-service', 'win'],
    ],
    verdict: [warn('win', 'arch-mismatch')],
    builds: { win: 'x86_64', svc: 'x86_64' },
    accounts: { mac: { mem: 8323 } }, // 4096 + 0 + 4096 + 131
    apps: {
      svc: {
        perf: 10,
        cold: 486000, // 30000 + 1000 + (45000 + 500) × 10
        instance: 455000,
        by: 'qemu-system',
      },
    },
    source: SRC.qemu,
  },
  {
    name: 'a multi-arch Ubuntu guest in VirtualBox on Apple silicon',
    blocks: [
      ['mac', 'hardware', 'mac-apple-silicon'],
      ['macos', 'os', 'macos', 'mac'],
      ['vbox', 'hypervisor', 'virtualbox', 'macos'],
      ['g', 'os', 'ubuntu', 'vbox'],
      ['app', 'app', 'web-app', 'g'],
    ],
    verdict: [],
    builds: { g: 'arm64', app: 'arm64' },
    accounts: { mac: { mem: 6394 } }, // 4096 + 150 + 2048 + 100
    apps: { app: { perf: 95.24, cold: 42100, by: null } }, // 30000 + 3000 + 8800 + 300
    source: SRC.ubuntuArm,
  },
];
