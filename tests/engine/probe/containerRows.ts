import type { B } from '../../helpers/buildDesign';
import { err, info, type ProbeRow } from './probeRow';
import { SRC } from './sources';

// Figures (MiB, ms): docker 100 / 400, 2000, +5 per container, 600, 1 %; podman 0 / 150, 0, +5,
// 600, 1 %; gvisor 60 / 100, 1000, +40, 800, 5 %; lxd 50 / 200, 1500, +100, 2000, 1 %;
// docker-desktop 512 / 2048, 20000, hidden VM 8192 / 65536, +5, 1500, 3 %; podman-machine 400 /
// 2048, 15000, VM 2048 / 102400, +5, 1500, 3 %; windows-nanoserver 30 / 250; windows-service
// 100 / 50, 500; database 256 / 200, 1500; debian-slim 15 / 74.8; ubuntu-base 15 / 77.4;
// alpine-base 2 / 8.4.
const X86: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['host', 'os', 'ubuntu', 'hw'],
];
const MAC: readonly B[] = [
  ['mac', 'hardware', 'mac-apple-silicon'],
  ['macos', 'os', 'macos', 'mac'],
];
const WIN_LAPTOP: readonly B[] = [
  ['hw', 'hardware', 'laptop'],
  ['win', 'os', 'windows-server', 'hw'],
];
const HIDDEN_IO = ['vm-kernel', 'hidden-hypervisor', 'host-kernel', 'hardware'] as const;
const databases = (n: number, on: string): B[] =>
  Array.from({ length: n }, (_, i): B => [`db${i}`, 'app', 'database', on]);

/** Every engine variant, hidden VMs and kernels. */
export const CONTAINER_ROWS: readonly ProbeRow[] = [
  {
    name: 'Docker Desktop on Windows (its hidden VM takes half the 16 GiB laptop)',
    blocks: [
      ...WIN_LAPTOP,
      ['dd', 'engine', 'docker-desktop', 'win'],
      ['lib', 'library', 'debian-slim', 'dd'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    verdict: [info('dd', 'hidden-linux-vm')],
    accounts: {
      hw: { mem: 8704, disk: 98304 }, // 512 + 8192;  32768 + 65536
      dd: { mem: 582, memCap: 8192, disk: 2142.8 },
    },
    apps: {
      // 45000 + 20000 + 0 + 300 + 1500; floor((8192 − 582) / 55) = 138
      app: { cold: 66800, instance: 1800, copies: 138, perf: 97.09, io: HIDDEN_IO },
    },
    source: SRC.dockerDesktopVmm,
  },
  {
    name: 'Docker Desktop for Linux on Ubuntu (it runs a VM there too)',
    blocks: [
      ...X86,
      ['dd', 'engine', 'docker-desktop', 'host', { props: { vmMemoryMiB: 32768 } }],
      ['lib', 'library', 'debian-slim', 'dd'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    verdict: [info('dd', 'hidden-linux-vm')],
    accounts: { hw: { mem: 33792 } }, // 1024 + 32768 (half of 64 GiB)
    apps: { app: { io: HIDDEN_IO } },
    source: 'https://docs.docker.com/desktop/setup/install/linux/',
  },
  {
    name: 'podman machine on a Mac, two static binaries sharing alpine',
    blocks: [
      ...MAC,
      ['pm', 'engine', 'podman-machine', 'macos'],
      ['lib', 'library', 'alpine-base', 'pm'],
      ['a', 'app', 'static-binary', 'lib'],
      ['b', 'app', 'static-binary', 'lib'],
    ],
    verdict: [info('pm', 'hidden-linux-vm')],
    accounts: {
      mac: { mem: 6144, disk: 138240 }, // 4096 + 2048;  35840 + 102400
      pm: { mem: 432, memCap: 2048, disk: 2076.4 }, // 400 + 2 + 2 × 15;  2048 + 8.4 + 20
    },
    apps: {
      // 30000 + 15000 + 0 + 5 + 1500; floor((2048 − 432) / 15) = 107
      a: { cold: 46505, instance: 1505, copies: 107, perf: 97.09, io: HIDDEN_IO },
    },
    sharing: { memSaved: 2, diskSaved: 8.4 },
    source: SRC.podmanMachine,
  },
  {
    name: 'podman machine on Windows',
    blocks: [
      ...WIN_LAPTOP,
      ['pm', 'engine', 'podman-machine', 'win'],
      ['lib', 'library', 'debian-slim', 'pm'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    verdict: [info('pm', 'hidden-linux-vm')],
    accounts: {
      hw: { mem: 2560, disk: 135168 }, // 512 + 2048;  32768 + 102400
      pm: { mem: 470, memCap: 2048 }, // 400 + 15 + 55
    },
    apps: { app: { copies: 28, io: HIDDEN_IO } }, // floor((2048 − 470) / 55)
    source: SRC.podmanMachine,
  },
  {
    name: 'seven databases overflow podman machine’s 2 GiB VM',
    blocks: [
      ...MAC,
      ['pm', 'engine', 'podman-machine', 'macos'],
      ['lib', 'library', 'debian-slim', 'pm'],
      ...databases(7, 'lib'),
    ],
    verdict: [info('pm', 'hidden-linux-vm'), err('pm', 'vm-memory-exceeded')],
    accounts: {
      pm: { mem: 2242, memCap: 2048 }, // 400 + 15 + 7 × (256 + 5)
      mac: { mem: 6144 }, // the Mac pays the limit, not the overflow: 4096 + 2048
    },
    apps: { db0: { copies: 0 } },
    source: SRC.podmanMachine,
  },
  {
    name: 'Docker Desktop’s memory limit lowered to 1 GiB, two databases',
    blocks: [
      ...MAC,
      ['dd', 'engine', 'docker-desktop', 'macos', { props: { vmMemoryMiB: 1024 } }],
      ['lib', 'library', 'debian-slim', 'dd'],
      ...databases(2, 'lib'),
    ],
    verdict: [info('dd', 'hidden-linux-vm'), err('dd', 'vm-memory-exceeded')],
    accounts: {
      dd: { mem: 1049, memCap: 1024 }, // 512 + 15 + 2 × 261
      mac: { mem: 5120 }, // 4096 + 1024
    },
    source: SRC.dockerDesktopSettings,
  },
  {
    name: 'Docker Desktop on the old laptop without VT-x',
    blocks: [
      ['hw', 'hardware', 'laptop-no-vt'],
      ['win', 'os', 'windows-server', 'hw'],
      // half of the 8 GiB machine, as Docker Desktop sets it
      ['dd', 'engine', 'docker-desktop', 'win', { props: { vmMemoryMiB: 4096 } }],
    ],
    verdict: [info('dd', 'hidden-linux-vm'), err('dd', 'needs-virtualization')],
    source: SRC.dockerDesktopVmm,
  },
  {
    name: 'Docker Engine straight on macOS',
    blocks: [
      ...MAC,
      ['docker', 'engine', 'docker', 'macos'],
      ['lib', 'library', 'debian-slim', 'docker'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    // One error at the root; the layer and the app are not blamed a second time.
    verdict: [err('docker', 'engine-kernel-family')],
    // There is no Docker Engine for the macOS kernel: it cannot sit there (the canvas draws its
    // link as illegal), so like any misplaced block it and its containers run nothing and cost
    // nothing — no (16384 − 4096 − 100 − 15 − 55) / 55 = 220 "more copies".
    runs: { docker: false, app: false },
    accounts: { mac: { mem: 4096, disk: 35840 } },
    apps: { app: { runs: false, copies: 0 } },
    source: SRC.podmanMachine,
  },
  {
    name: 'Podman without its machine on Windows',
    blocks: [...WIN_LAPTOP, ['podman', 'engine', 'podman', 'win']],
    verdict: [err('podman', 'engine-kernel-family')],
    source: SRC.podmanMachine,
  },
  {
    name: 'Docker Engine running Windows containers on Windows Server',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['win', 'os', 'windows-server', 'hw'],
      ['docker', 'engine', 'docker', 'win', { props: { family: 'windows' } }],
      ['nano', 'library', 'windows-nanoserver', 'docker'],
      ['svc', 'app', 'windows-service', 'nano'],
    ],
    verdict: [],
    accounts: { hw: { mem: 747 } }, // 512 + 100 + 30 + 100 + 5
    apps: { svc: { cold: 48100, instance: 1100 } }, // 45000 + 2000 + 0 + 500 + 600
    source: SRC.windowsContainers,
  },
  {
    name: 'a Nano Server image on Linux Docker',
    blocks: [
      ...X86,
      ['docker', 'engine', 'docker', 'host'],
      ['nano', 'library', 'windows-nanoserver', 'docker'],
      ['svc', 'app', 'windows-service', 'nano'],
    ],
    verdict: [err('nano', 'kernel-family-mismatch'), err('svc', 'kernel-family-mismatch')],
    source: SRC.microsoftContainersVsVms,
  },
  {
    name: 'a Windows service installed natively on Ubuntu',
    blocks: [...X86, ['svc', 'app', 'windows-service', 'host']],
    verdict: [err('svc', 'kernel-family-mismatch')],
    source: SRC.microsoftContainersVsVms,
  },
  {
    name: 'a Linux web app installed natively on Windows Server',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['win', 'os', 'windows-server', 'hw'],
      ['app', 'app', 'web-app', 'win'],
    ],
    verdict: [err('app', 'kernel-family-mismatch')],
    source: SRC.microsoftContainersVsVms,
  },
  {
    name: 'containers in an ESXi VM (the cloud pattern)',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['esxi', 'hypervisor', 'esxi', 'hw'],
      ['vm', 'os', 'ubuntu', 'esxi', { props: { vmMemoryMiB: 4096 } }],
      ['docker', 'engine', 'docker', 'vm'],
      ['lib', 'library', 'debian-slim', 'docker'],
      ['a', 'app', 'web-app', 'lib'],
      ['b', 'app', 'web-app', 'lib'],
    ],
    verdict: [info('docker', 'containers-in-vm')],
    accounts: {
      hw: { mem: 5146 }, // 1024 + 4096 + 26
      vm: { mem: 1249, memCap: 4096 }, // 1024 + 100 + 15 + 2 × 55
    },
    apps: {
      // 60000 + 8800 + 2000 + 0 + 300 + 600; floor((4096 − 1249) / 55) = 51
      a: {
        cold: 71700,
        instance: 900,
        copies: 51,
        perf: 96.13,
        io: ['guest-kernel', 'hypervisor', 'hardware'],
      },
    },
    sharing: { memSaved: 15, diskSaved: 74.8 },
    source: SRC.dockerWhatIsContainer,
  },
  {
    name: 'LXD system container with a database',
    blocks: [
      ...X86,
      ['lxd', 'engine', 'lxd', 'host'],
      ['lib', 'library', 'ubuntu-base', 'lxd'],
      ['db', 'app', 'database', 'lib'],
    ],
    verdict: [],
    accounts: { hw: { mem: 1445 } }, // 1024 + 50 + 15 + 256 + 100
    apps: {
      // 8800 + 1500 + 0 + 1500 + 2000; floor((65536 − 1445) / 356) = 180
      db: { cold: 13800, instance: 3500, copies: 180, perf: 99.01, copyKind: 'container' },
    },
    source: SRC.lxd,
  },
  {
    name: 'Podman on Debian with a static binary on alpine',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['deb', 'os', 'debian', 'hw'],
      ['podman', 'engine', 'podman', 'deb'],
      ['lib', 'library', 'alpine-base', 'podman'],
      ['bin', 'app', 'static-binary', 'lib'],
    ],
    verdict: [],
    accounts: { hw: { mem: 529, disk: 2216.4 } }, // 512 + 0 + 2 + 10 + 5;  2048 + 150 + 8.4 + 10
    // 8000 + 0 + 0 + 5 + 600; floor((65536 − 529) / 15) = 4333
    apps: { bin: { cold: 8605, instance: 605, copies: 4333, io: ['host-kernel', 'hardware'] } },
    source: SRC.podmanMachine,
  },
  {
    name: 'gVisor: two apps on one layer, each behind its user-space kernel',
    blocks: [
      ...X86,
      ['gv', 'engine', 'gvisor', 'host'],
      ['lib', 'library', 'debian-slim', 'gv'],
      ['a', 'app', 'web-app', 'lib'],
      ['b', 'app', 'web-app', 'lib'],
    ],
    verdict: [],
    accounts: { hw: { mem: 1279 } }, // 1024 + 60 + 15 + 2 × (50 + 40)
    apps: {
      a: {
        io: ['user-space-kernel', 'host-kernel', 'hardware'],
        perf: 95.24, // 100 / 1.05
        cold: 10900, // 8800 + 1000 + 0 + 300 + 800
        instance: 1100,
        copies: 713, // floor((65536 − 1279) / 90)
      },
    },
    sharing: { memSaved: 15, diskSaved: 74.8 },
    source: SRC.gvisor,
  },
];
