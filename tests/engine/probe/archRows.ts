import type { B } from '../../helpers/buildDesign';
import { err, info, warn, type ProbeRow } from './probeRow';
import { SRC } from './sources';

// Figures (MiB, ms): arm-server 65536, 64 cores; mac-apple-silicon 16384; macos 4096 / 35840,
// boot 30000; docker-desktop 512 / 2048, 20000, hidden VM 8192 / 65536, container start 1500, 3 %;
// podman-machine 400 / 2048, 15000, VM 2048 / 102400, 1500, 3 %; containerd 60 / 100, 1000, 500;
// docker 100 / 400, 2000, 600, 1 %; Rosetta 2 ≈ 80 % of native (+25 % CPU time); QEMU user-mode
// ten times slower (+900 %).
const X86_DOCKER: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['host', 'os', 'ubuntu', 'hw'],
  ['docker', 'engine', 'docker', 'host'],
];
const MAC: readonly B[] = [
  ['mac', 'hardware', 'mac-apple-silicon'],
  ['macos', 'os', 'macos', 'mac'],
];
const HIDDEN_IO = ['vm-kernel', 'hidden-hypervisor', 'host-kernel', 'hardware'] as const;

/** CPU architectures: multi-arch builds, pinned images, and who translates them. */
export const ARCH_ROWS: readonly ProbeRow[] = [
  {
    name: 'the x86 Windows Server ISO on a Mac with Apple silicon',
    blocks: [...MAC.slice(0, 1), ['win', 'os', 'windows-server', 'mac']],
    verdict: [err('win', 'arch-mismatch')],
    // It cannot even boot (the canvas draws its link as illegal): nothing runs, nothing is charged.
    runs: { win: false },
    accounts: { mac: { mem: 0, disk: 0 } },
    source: SRC.windowsRequirements,
  },
  {
    name: 'the Apple-silicon macOS on an x86 server',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['macos', 'os', 'macos', 'hw'],
    ],
    verdict: [err('macos', 'arch-mismatch')],
    source: SRC.qemu,
  },
  {
    name: 'Windows Server on the Arm server',
    blocks: [
      ['hw', 'hardware', 'arm-server'],
      ['win', 'os', 'windows-server', 'hw'],
    ],
    verdict: [err('win', 'arch-mismatch')],
    source: SRC.windowsRequirements,
  },
  {
    name: 'Ubuntu, Debian and Alpine each on an Arm server (all ship arm64 builds)',
    blocks: [
      ['arm1', 'hardware', 'arm-server'],
      ['ubu', 'os', 'ubuntu', 'arm1'],
      ['a1', 'app', 'web-app', 'ubu'],
      ['arm2', 'hardware', 'arm-server'],
      ['deb', 'os', 'debian', 'arm2'],
      ['docker', 'engine', 'docker', 'deb'],
      ['lib', 'library', 'debian-slim', 'docker'],
      ['a2', 'app', 'api-service', 'lib'],
      ['arm3', 'hardware', 'arm-server'],
      ['alp', 'os', 'alpine', 'arm3'],
      ['a3', 'app', 'static-binary', 'alp'],
    ],
    verdict: [],
    builds: { ubu: 'arm64', deb: 'arm64', alp: 'arm64', lib: 'arm64', a1: 'arm64', a3: 'arm64' },
    accounts: {
      arm1: { mem: 1074, disk: 4116 }, // 1024 + 50;  4096 + 20
      arm2: { mem: 712 }, // 512 + 100 + 15 + 80 + 5
      arm3: { mem: 266, disk: 210 }, // 256 + 10;  200 + 10
    },
    apps: {
      // 8800 + 300; one more process 300; floor((65536 − 1074) / 50) = 1289
      a1: {
        cold: 9100,
        instance: 300,
        copies: 1289,
        copyKind: 'process',
        io: ['host-kernel', 'hardware'],
      },
      // 8000 + 2000 + 0 + 300 + 600; floor((65536 − 712) / 85) = 762
      a2: { cold: 10900, instance: 900, copies: 762, copyKind: 'container', perf: 99.01 },
      // 3000 + 5; floor((65536 − 266) / 10) = 6527
      a3: { cold: 3005, instance: 5, copies: 6527, perf: 100 },
    },
    source: SRC.ubuntuArm,
  },
  {
    name: 'an image pinned to x86_64 on the Arm server (plain Docker)',
    blocks: [
      ['hw', 'hardware', 'arm-server'],
      ['deb', 'os', 'debian', 'hw'],
      ['docker', 'engine', 'docker', 'deb'],
      ['lib', 'library', 'debian-slim', 'docker'],
      ['app', 'app', 'web-app', 'lib', { props: { arch: 'x86_64' } }],
    ],
    verdict: [err('app', 'exec-format-error')],
    source: SRC.buildkitMultiPlatform,
  },
  {
    name: 'an image pinned to arm64 on the Arm server (containerd)',
    blocks: [
      ['hw', 'hardware', 'arm-server'],
      ['ubu', 'os', 'ubuntu', 'hw'],
      ['ctr', 'engine', 'containerd', 'ubu'],
      ['lib', 'library', 'ubuntu-base', 'ctr'],
      ['app', 'app', 'api-service', 'lib', { props: { arch: 'arm64' } }],
    ],
    verdict: [],
    accounts: { hw: { mem: 1184 } }, // 1024 + 60 + 15 + 80 + 5
    apps: {
      // 8800 + 1000 + 0 + 300 + 500; floor((65536 − 1184) / 85) = 757
      app: { cold: 10600, instance: 800, perf: 99.01, copies: 757, by: null },
    },
    source: SRC.dockerMultiPlatform,
  },
  {
    name: 'an image pinned to arm64 on the x86 server (plain Docker)',
    blocks: [
      ...X86_DOCKER,
      ['lib', 'library', 'debian-slim', 'docker'],
      ['app', 'app', 'web-app', 'lib', { props: { arch: 'arm64' } }],
    ],
    verdict: [err('app', 'exec-format-error')],
    source: SRC.buildkitMultiPlatform,
  },
  {
    name: 'a base layer pinned to arm64 under a multi-arch app on x86',
    blocks: [
      ...X86_DOCKER,
      ['lib', 'library', 'debian-slim', 'docker', { props: { arch: 'arm64' } }],
      ['app', 'app', 'web-app', 'lib'],
    ],
    verdict: [err('lib', 'exec-format-error')],
    source: SRC.buildkitMultiPlatform,
  },
  {
    name: 'an arm64 program installed natively on x86 Ubuntu',
    blocks: [
      ...X86_DOCKER.slice(0, 2),
      ['app', 'app', 'web-app', 'host', { props: { arch: 'arm64' } }],
    ],
    verdict: [err('app', 'exec-format-error')],
    source: SRC.buildkitMultiPlatform,
  },
  {
    name: 'Docker Desktop on Apple silicon with an x86_64-only image (Rosetta)',
    blocks: [
      ...MAC,
      ['dd', 'engine', 'docker-desktop', 'macos'],
      ['lib', 'library', 'debian-slim', 'dd'],
      ['app', 'app', 'web-app', 'lib', { props: { arch: 'x86_64' } }],
    ],
    verdict: [warn('app', 'exec-format-error'), info('dd', 'hidden-linux-vm')],
    apps: {
      app: {
        by: 'rosetta',
        perf: 77.67, // 100 / (1.03 × 1.25)
        cold: 51875, // 30000 + 20000 + 0 + 300 × 1.25 + 1500
        instance: 1875, // 1500 + 375
      },
    },
    source: SRC.dockerDesktopSettings,
  },
  {
    name: 'Docker Desktop on an x86 Windows laptop with an arm64-only image (QEMU user-mode)',
    blocks: [
      ['hw', 'hardware', 'laptop'],
      ['win', 'os', 'windows-server', 'hw'],
      ['dd', 'engine', 'docker-desktop', 'win'],
      ['lib', 'library', 'debian-slim', 'dd'],
      ['app', 'app', 'web-app', 'lib', { props: { arch: 'arm64' } }],
    ],
    verdict: [warn('app', 'exec-format-error'), info('dd', 'hidden-linux-vm')],
    apps: {
      app: {
        by: 'qemu-user',
        perf: 9.71, // 100 / (1.03 × 10)
        cold: 69500, // 45000 + 20000 + 0 + 300 × 10 + 1500
        instance: 4500, // 1500 + 3000
      },
    },
    source: SRC.qemuSlow,
  },
  {
    name: 'podman machine on Apple silicon with an x86_64-only image (Rosetta)',
    blocks: [
      ...MAC,
      ['pm', 'engine', 'podman-machine', 'macos'],
      ['lib', 'library', 'debian-slim', 'pm'],
      ['app', 'app', 'web-app', 'lib', { props: { arch: 'x86_64' } }],
    ],
    verdict: [warn('app', 'exec-format-error'), info('pm', 'hidden-linux-vm')],
    apps: { app: { by: 'rosetta', perf: 77.67 } },
    source: SRC.podmanMachine,
  },
  {
    name: 'an x86_64 macOS program run natively on Apple silicon (Rosetta)',
    blocks: [
      ...MAC,
      [
        'app',
        'app',
        'web-app',
        'macos',
        { props: { family: 'macos', libc: 'none', arch: 'x86_64' } },
      ],
    ],
    verdict: [warn('app', 'exec-format-error')],
    apps: {
      app: {
        by: 'rosetta',
        perf: 80, // 100 / 1.25
        cold: 30375, // 30000 + 300 × 1.25
        instance: 375,
        copies: 244, // floor((16384 − 4096 − 50) / 50)
        copyKind: 'process',
      },
    },
    source: SRC.rosetta,
  },
  {
    name: 'Docker Desktop on Apple silicon with a multi-arch image (native arm64)',
    blocks: [
      ...MAC,
      ['dd', 'engine', 'docker-desktop', 'macos'],
      ['lib', 'library', 'debian-slim', 'dd'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    verdict: [info('dd', 'hidden-linux-vm')],
    roles: { dd: 'container-engine', app: 'container' },
    builds: { app: 'arm64' },
    accounts: {
      // 4096 macOS + 8192 hidden VM (half the Mac);  35840 + 65536
      mac: { mem: 12288, disk: 101376 },
      dd: { mem: 582, memCap: 8192, disk: 2142.8 }, // 512 + 15 + 50 + 5;  2048 + 74.8 + 20
    },
    apps: {
      app: {
        by: null,
        perf: 97.09, // 100 / 1.03: no translation, only the hidden VM
        cold: 51800, // 30000 + 20000 + 0 + 300 + 1500
        instance: 1800,
        copies: 138, // floor((8192 − 582) / 55): counted against the hidden VM, not the Mac
        io: HIDDEN_IO,
        ioPath: ['dd', 'macos', 'mac'],
      },
    },
    source: SRC.dockerDesktopSettings,
  },
];
