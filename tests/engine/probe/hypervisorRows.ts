import type { B } from '../../helpers/buildDesign';
import { err, info, warn, type ProbeRow } from './probeRow';
import { SRC } from './sources';

// Figures (MiB, ms) from src/engine/catalog:
//   ubuntu 1024 / 4096, boot 8800, as a guest 2048 / 25600;  debian 512 / 2048, 8000, guest 1024 / 8192;
//   alpine 256 / 200, 3000, guest 512 / 1024;  windows-server 512 / 32768, 45000;
//   microvm-linux 40 / 100, 125, guest 128 / 300;
//   esxi 1024 / 8192, 60000, +26 per VM, 3 %;  xen 128 / 64, 20000, +30, 3 %, Dom0 1024 / 4096;
//   hyper-v 512 / 1024, 30000, +30, 3 %, root partition 512 / 32768;  kvm 20 / 50, 1000, +131, 3 %;
//   virtualbox 150 / 300, 3000, +100, 5 %;  vmware-workstation 200 / 600, 3000, +100, 5 %;
//   firecracker 0 / 5, 12, +5, 5 %;  qemu-emulation 0 / 50, 1000, +131, 900 % (ten times slower);
//   web-app 50 / 20, 300;  static-binary 10 / 10, 5;  python 10 / 49.5, 30.
const X86: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['host', 'os', 'ubuntu', 'hw'],
];

const VM_IO = ['guest-kernel', 'hypervisor', 'host-kernel', 'hardware'] as const;
const TYPE1_IO = ['guest-kernel', 'hypervisor', 'hardware'] as const;
const DOM0_IO = ['guest-kernel', 'hypervisor', 'control-domain', 'hardware'] as const;

/** Every hypervisor variant, where it belongs, with its costs. */
export const HYPERVISOR_ROWS: readonly ProbeRow[] = [
  {
    name: 'ESXi on an x86 server with a Debian and an Alpine VM',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['esxi', 'hypervisor', 'esxi', 'hw'],
      ['deb', 'os', 'debian', 'esxi'],
      ['web', 'app', 'web-app', 'deb'],
      ['alp', 'os', 'alpine', 'esxi'],
      ['bin', 'app', 'static-binary', 'alp'],
    ],
    verdict: [],
    roles: { esxi: 'bare-metal-hypervisor', deb: 'guest-os', web: 'vm-app' },
    accounts: {
      // 1024 ESXi + (1024 + 26) + (512 + 26) = 2612;  disk 8192 + 8192 + 1024 = 17408
      hw: { mem: 2612, disk: 17408 },
      deb: { mem: 562, memCap: 1024, disk: 2068, diskCap: 8192 }, // 512 + 50; 2048 + 20
      alp: { mem: 266, memCap: 512, disk: 210, diskCap: 1024 }, // 256 + 10; 200 + 10
    },
    apps: {
      // 60000 ESXi + 8000 Debian + 300; a copy is a VM: 8000 + 300; floor(62924 / 1050) = 59
      web: { cold: 68300, instance: 8300, perf: 97.09, copies: 59, copyKind: 'vm', io: TYPE1_IO },
      // 60000 + 3000 + 5; floor(62924 / 538) = 116
      bin: { cold: 63005, instance: 3005, copies: 116 },
    },
    sharing: { memSaved: 0, diskSaved: 0 },
    source: SRC.ibmHypervisors,
  },
  {
    name: 'ESXi on the Arm server with a multi-arch Ubuntu guest',
    blocks: [
      ['hw', 'hardware', 'arm-server'],
      ['esxi', 'hypervisor', 'esxi', 'hw'],
      ['g', 'os', 'ubuntu', 'esxi'],
      ['app', 'app', 'web-app', 'g'],
    ],
    verdict: [],
    builds: { g: 'arm64', app: 'arm64' },
    apps: { app: { perf: 97.09, io: TYPE1_IO } },
    source: SRC.esxiArm,
  },
  {
    name: 'Xen installed from Debian’s packages (Debian becomes Dom0)',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['deb', 'os', 'debian', 'hw'],
      ['xen', 'hypervisor', 'xen', 'deb'],
      ['g', 'os', 'ubuntu', 'xen'],
      ['app', 'app', 'web-app', 'g'],
    ],
    verdict: [info('xen', 'xen-dom0')],
    roles: { xen: 'bare-metal-hypervisor', deb: 'host-os', g: 'guest-os' },
    // 512 Debian + 128 Xen + 2048 + 30 = 2718;  2048 + 64 + 25600 = 27712
    accounts: { hw: { mem: 2718, disk: 27712 } },
    apps: {
      app: {
        // 8000 Debian + 20000 Xen + 8800 + 300; floor((65536 − 2718) / 2078) = floor(30.2)
        cold: 37100,
        instance: 9100,
        copies: 30,
        perf: 97.09,
        io: DOM0_IO,
        ioPath: ['g', 'xen', 'deb', 'hw'],
      },
    },
    source: SRC.debianXen,
  },
  {
    name: 'Xen on bare metal (its Dom0 charged as the control domain)',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['xen', 'hypervisor', 'xen', 'hw'],
      ['g', 'os', 'ubuntu', 'xen'],
      ['app', 'app', 'web-app', 'g'],
    ],
    verdict: [],
    roles: { xen: 'bare-metal-hypervisor' },
    // 128 Xen + 1024 Dom0 + 2048 + 30 = 3230;  64 + 4096 + 25600 = 29760
    accounts: { hw: { mem: 3230, disk: 29760 } },
    apps: {
      app: {
        // Guests are created by the toolstack in Dom0, so Dom0 boots before any guest: 20000 Xen
        // + 8800 Dom0 (a Linux of Ubuntu's size: the catalog charges it Ubuntu's 1024 / 4096)
        // + 8800 guest + 300 = 37900 — as drawn with Debian as Dom0, the Dom0 boot counts too.
        cold: 37900,
        instance: 9100,
        copies: 29, // floor((65536 − 3230) / 2078) = floor(29.98)
        io: DOM0_IO,
        ioPath: ['g', 'xen', 'hw'],
      },
    },
    source: SRC.xenGuide,
  },
  {
    name: 'Xen on the Arm server with a Debian guest',
    blocks: [
      ['hw', 'hardware', 'arm-server'],
      ['xen', 'hypervisor', 'xen', 'hw'],
      ['g', 'os', 'debian', 'xen'],
      ['app', 'app', 'web-app', 'g'],
    ],
    verdict: [],
    builds: { g: 'arm64' },
    apps: { app: { io: DOM0_IO } },
    source: SRC.xenArm,
  },
  {
    name: 'Hyper-V role on Windows Server (Windows becomes the root partition)',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['win', 'os', 'windows-server', 'hw'],
      ['hv', 'hypervisor', 'hyper-v', 'win'],
      ['g', 'os', 'ubuntu', 'hv'],
      ['app', 'app', 'web-app', 'g'],
    ],
    verdict: [info('hv', 'hyper-v-under-windows')],
    roles: { hv: 'bare-metal-hypervisor' },
    // 512 Windows + 512 Hyper-V + 2048 + 30 = 3102;  32768 + 1024 + 25600 = 59392
    accounts: { hw: { mem: 3102, disk: 59392 } },
    apps: {
      app: {
        cold: 84100, // 45000 Windows + 30000 Hyper-V + 8800 + 300
        instance: 9100,
        copies: 30, // floor((65536 − 3102) / 2078) = floor(30.05)
        perf: 97.09,
        io: DOM0_IO,
        ioPath: ['g', 'hv', 'win', 'hw'],
      },
    },
    source: SRC.hypervRootPartition,
  },
  {
    name: 'Hyper-V on bare metal (its root partition charged as the control domain)',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['hv', 'hypervisor', 'hyper-v', 'hw'],
      ['g', 'os', 'ubuntu', 'hv'],
      ['app', 'app', 'web-app', 'g'],
    ],
    verdict: [],
    roles: { hv: 'bare-metal-hypervisor' },
    // The same software as the row above, drawn differently: 512 + 512 root partition + 2078 = 3102;
    // disk 1024 + 32768 + 25600 = 59392.
    accounts: { hw: { mem: 3102, disk: 59392 } },
    apps: {
      app: {
        // VMs are started by the management service in the root partition, a Server Core: it
        // boots first. 30000 Hyper-V + 45000 root partition (Windows Server's boot) + 8800 + 300,
        // the same 84100 as the drawing with Windows Server below Hyper-V.
        cold: 84100,
        instance: 9100,
        copies: 30,
        io: DOM0_IO,
        ioPath: ['g', 'hv', 'hw'],
      },
    },
    source: SRC.hypervRootPartition,
  },
  {
    name: 'Linux with KVM and an Ubuntu guest',
    blocks: [
      ...X86,
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ['g', 'os', 'ubuntu', 'kvm'],
      ['app', 'app', 'web-app', 'g'],
    ],
    verdict: [],
    roles: { kvm: 'kvm-hypervisor', host: 'host-os' },
    accounts: {
      hw: { mem: 3223, disk: 29746 }, // 1024 + 20 + 2048 + 131;  4096 + 50 + 25600
      g: { mem: 1074, memCap: 2048 }, // 1024 + 50
    },
    apps: {
      // 8800 + 1000 + 8800 + 300; one more VM 8800 + 300; floor(62313 / 2179) = 28
      app: { cold: 18900, instance: 9100, copies: 28, copyKind: 'vm', perf: 97.09, io: VM_IO },
    },
    source: SRC.kvmRedHat,
  },
  {
    name: 'KVM on Debian on the Arm server with an Alpine guest',
    blocks: [
      ['hw', 'hardware', 'arm-server'],
      ['deb', 'os', 'debian', 'hw'],
      ['kvm', 'hypervisor', 'kvm', 'deb'],
      ['alp', 'os', 'alpine', 'kvm'],
      ['bin', 'app', 'static-binary', 'alp'],
    ],
    verdict: [],
    builds: { deb: 'arm64', alp: 'arm64', bin: 'arm64' },
    accounts: { hw: { mem: 1175 } }, // 512 + 20 + 512 + 131
    // 8000 + 1000 + 3000 + 5; floor((65536 − 1175) / 643) = floor(100.09)
    apps: { bin: { cold: 12005, instance: 3005, copies: 100 } },
    source: SRC.debianArm64,
  },
  {
    name: 'VirtualBox on a laptop with a Debian VM running Python',
    blocks: [
      ['hw', 'hardware', 'laptop'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['vbox', 'hypervisor', 'virtualbox', 'host'],
      ['g', 'os', 'debian', 'vbox'],
      ['py', 'library', 'python', 'g'],
      ['app', 'app', 'web-app', 'py'],
    ],
    verdict: [],
    roles: { vbox: 'hosted-hypervisor', py: 'system-library', app: 'vm-app' },
    accounts: {
      hw: { mem: 2298, disk: 12588 }, // 1024 + 150 + 1024 + 100;  4096 + 300 + 8192
      g: { mem: 572, disk: 2117.5 }, // 512 + 10 + 50;  2048 + 49.5 + 20
    },
    apps: {
      // 8800 + 3000 + 8000 + 30 + 300; floor((16384 − 2298) / 1124) = floor(12.5)
      app: { cold: 20130, instance: 8330, copies: 12, perf: 95.24, io: VM_IO },
    },
    source: SRC.virtualbox,
  },
  {
    name: 'VMware Workstation on Windows Server on a laptop',
    blocks: [
      ['hw', 'hardware', 'laptop'],
      ['win', 'os', 'windows-server', 'hw'],
      ['ws', 'hypervisor', 'vmware-workstation', 'win'],
      ['g', 'os', 'ubuntu', 'ws'],
      ['app', 'app', 'web-app', 'g'],
    ],
    verdict: [],
    roles: { ws: 'hosted-hypervisor' },
    accounts: { hw: { mem: 2860, disk: 58968 } }, // 512 + 200 + 2048 + 100;  32768 + 600 + 25600
    // 45000 + 3000 + 8800 + 300; floor((16384 − 2860) / 2148) = floor(6.3)
    apps: { app: { cold: 57100, perf: 95.24, copies: 6, io: VM_IO } },
    source: SRC.ibmHypervisors,
  },
  {
    name: 'VirtualBox beside VMware Workstation on one host',
    blocks: [
      ...X86,
      ['vbox', 'hypervisor', 'virtualbox', 'host'],
      ['ws', 'hypervisor', 'vmware-workstation', 'host'],
    ],
    verdict: [warn('vbox', 'competing-hypervisors')],
    source: SRC.virtualbox,
  },
  {
    name: 'VirtualBox beside KVM on one host',
    blocks: [
      ...X86,
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ['vbox', 'hypervisor', 'virtualbox', 'host'],
    ],
    verdict: [warn('kvm', 'competing-hypervisors')],
    source: SRC.virtualbox,
  },
  {
    name: 'Firecracker beside QEMU/KVM: both use /dev/kvm, no competition',
    blocks: [
      ...X86,
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ['g', 'os', 'ubuntu', 'kvm'],
      ['web', 'app', 'web-app', 'g'],
      ['fc', 'hypervisor', 'firecracker', 'host'],
      ['mv', 'os', 'microvm-linux', 'fc'],
      ['bin', 'app', 'static-binary', 'mv'],
    ],
    verdict: [],
    roles: { fc: 'kvm-hypervisor', mv: 'guest-os' },
    accounts: {
      // 1024 + 20 KVM + 0 Firecracker + (2048 + 131) + (128 + 5) = 3356;  4096 + 50 + 5 + 25600 + 300
      hw: { mem: 3356, disk: 30051 },
      mv: { mem: 50, memCap: 128, disk: 110, diskCap: 300 }, // 40 + 10;  100 + 10
    },
    apps: {
      // 8800 + 12 + 125 + 5; one more microVM 125 + 5; floor(62180 / 133) = 467
      bin: { cold: 8942, instance: 130, copies: 467, perf: 95.24, io: VM_IO },
      web: { copies: 28 }, // floor(62180 / 2179)
    },
    source: SRC.firecracker,
  },
  {
    name: 'KVM on the old laptop without VT-x',
    blocks: [
      ['hw', 'hardware', 'laptop-no-vt'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ['g', 'os', 'ubuntu', 'kvm'],
    ],
    verdict: [err('kvm', 'needs-virtualization')],
    source: SRC.kvm,
  },
  {
    name: 'QEMU emulation on the old laptop without VT-x (slow, but legal)',
    blocks: [
      ['hw', 'hardware', 'laptop-no-vt'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['qemu', 'hypervisor', 'qemu-emulation', 'host'],
      ['alp', 'os', 'alpine', 'qemu'],
      ['bin', 'app', 'static-binary', 'alp'],
    ],
    verdict: [],
    accounts: { hw: { mem: 1667, disk: 5170 } }, // 1024 + 0 + 512 + 131;  4096 + 50 + 1024
    apps: {
      bin: {
        // Every instruction of the guest is translated: boot and app ten times slower.
        // 8800 + 1000 + 3000 × 10 + 5 × 10 = 39850; one more VM 30000 + 50
        cold: 39850,
        instance: 30050,
        perf: 10, // 100 / (1 + 900 %)
        copies: 10, // floor((8192 − 1667) / 643)
        io: VM_IO,
      },
    },
    source: SRC.qemuSlow,
  },
];
