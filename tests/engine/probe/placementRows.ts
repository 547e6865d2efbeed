import type { B } from '../../helpers/buildDesign';
import { err, warn, type ProbeRow } from './probeRow';
import { SRC } from './sources';

// Figures (MiB, ms) from src/engine/catalog: x86-server 65536 / 1048576; ubuntu 1024 / 4096,
// boot 8800; esxi 1024 / 8192; docker 100 / 400; web-app 50 / 20; static-binary 10 / 10.
const X86: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['host', 'os', 'ubuntu', 'hw'],
];

/** Blocks in the wrong place: the rule that says so, and nothing of theirs is costed. */
export const PLACEMENT_ROWS: readonly ProbeRow[] = [
  {
    name: 'a static binary dropped straight on bare hardware',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['app', 'app', 'static-binary', 'hw'],
    ],
    verdict: [err('app', 'app-needs-kernel')],
    roles: { app: 'misplaced' },
    runs: { app: false },
    // It does not run: it costs nothing, starts never, and claims no copies (not 65536 / 10 = 6553).
    accounts: { hw: { mem: 0, disk: 0 } },
    apps: { app: { runs: false, copies: 0, cold: 0, instance: 0, perf: 0, io: [] } },
    source: SRC.nist,
  },
  {
    name: 'a library layer on bare hardware, an app on it',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['lib', 'library', 'debian-slim', 'hw'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    // One root cause, one error: the app above it simply does not run.
    verdict: [err('lib', 'library-needs-kernel')],
    runs: { lib: false, app: false },
    accounts: { hw: { mem: 0, disk: 0 } },
    apps: { app: { runs: false, copies: 0 } },
    source: SRC.dockerStorage,
  },
  {
    name: 'a container engine on bare hardware',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['docker', 'engine', 'docker', 'hw'],
      ['lib', 'library', 'debian-slim', 'docker'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    verdict: [err('docker', 'engine-needs-kernel')],
    roles: { docker: 'misplaced' },
    runs: { docker: false, lib: false, app: false },
    accounts: { hw: { mem: 0, disk: 0 } },
    source: SRC.dockerWhatIsContainer,
  },
  {
    name: 'a container engine straight on ESXi',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['esxi', 'hypervisor', 'esxi', 'hw'],
      ['docker', 'engine', 'docker', 'esxi'],
    ],
    verdict: [err('docker', 'engine-needs-kernel')],
    // Only ESXi itself is charged: 1024 / 8192.
    accounts: { hw: { mem: 1024, disk: 8192 } },
    source: SRC.dockerWhatIsContainer,
  },
  {
    name: 'a guest OS straight on a host OS, with no hypervisor',
    blocks: [...X86, ['guest', 'os', 'debian', 'host']],
    verdict: [err('guest', 'guest-os-needs-hypervisor')],
    roles: { guest: 'misplaced' },
    // Only the host: 1024 / 4096. No VM allocation for a VM that cannot exist.
    accounts: { hw: { mem: 1024, disk: 4096 } },
    source: SRC.microsoftContainersVsVms,
  },
  {
    name: 'an OS booted inside a container',
    blocks: [...X86, ['docker', 'engine', 'docker', 'host'], ['alp', 'os', 'alpine', 'docker']],
    verdict: [err('alp', 'no-os-in-container')],
    runs: { alp: false },
    accounts: { hw: { mem: 1124, disk: 4496 } }, // 1024 + 100; 4096 + 400
    source: SRC.microsoftContainersVsVms,
  },
  {
    name: 'a host OS and ESXi side by side on one machine',
    blocks: [...X86, ['esxi', 'hypervisor', 'esxi', 'hw']],
    verdict: [err('hw', 'one-boot-per-machine')],
    source: SRC.nist,
  },
  {
    name: 'a library stacked on an app',
    blocks: [...X86, ['app', 'app', 'web-app', 'host'], ['lib', 'library', 'debian-slim', 'app']],
    verdict: [err('lib', 'nothing-runs-on-app')],
    // Nothing runs on an app: the layer is misplaced and not charged. 1024 host + 50 app = 1074.
    roles: { lib: 'misplaced' },
    runs: { lib: false },
    accounts: { hw: { mem: 1074, disk: 4116 } }, // disk 4096 + 20
    source: SRC.dockerWhatIsContainer,
  },
  {
    name: 'VirtualBox on bare hardware with a VM on it',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['vbox', 'hypervisor', 'virtualbox', 'hw'],
      ['guest', 'os', 'ubuntu', 'vbox'],
      ['app', 'app', 'web-app', 'guest'],
    ],
    verdict: [err('vbox', 'type2-needs-host-os')],
    roles: { vbox: 'misplaced' },
    runs: { guest: false, app: false },
    // Nothing here runs: no 2048 MiB VM allocation, no copies.
    accounts: { hw: { mem: 0, disk: 0 } },
    apps: { app: { runs: false, copies: 0 } },
    source: SRC.virtualbox,
  },
  {
    name: 'QEMU (emulation) on bare hardware',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['qemu', 'hypervisor', 'qemu-emulation', 'hw'],
    ],
    verdict: [err('qemu', 'type2-needs-host-os')],
    source: SRC.qemu,
  },
  {
    name: 'ESXi installed on Ubuntu',
    blocks: [...X86, ['esxi', 'hypervisor', 'esxi', 'host']],
    verdict: [err('esxi', 'type1-on-bare-metal')],
    roles: { esxi: 'misplaced' },
    accounts: { hw: { mem: 1024, disk: 4096 } }, // the host only
    source: SRC.ibmHypervisors,
  },
  {
    name: 'ESXi installed on a guest OS (instead of straight on the outer hypervisor)',
    blocks: [
      ...X86,
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ['vm', 'os', 'ubuntu', 'kvm', { props: { vmMemoryMiB: 16384, vmDiskMiB: 65536 } }],
      ['esxi', 'hypervisor', 'esxi', 'vm'],
    ],
    // ESXi cannot be installed on Ubuntu, in a VM or not: one error. A misplaced ESXi starts no
    // VMs, so no nesting cost is due either.
    verdict: [err('esxi', 'type1-on-bare-metal')],
    roles: { esxi: 'misplaced' },
    accounts: { vm: { mem: 1024, disk: 4096 } }, // the guest's own OS only
    source: SRC.ibmHypervisors,
  },
  {
    name: 'ESXi installed on Ubuntu beside VirtualBox',
    blocks: [
      ...X86,
      ['vbox', 'hypervisor', 'virtualbox', 'host'],
      ['esxi', 'hypervisor', 'esxi', 'host'],
    ],
    // ESXi cannot be installed there, so it takes no CPU feature from VirtualBox: one error only.
    verdict: [err('esxi', 'type1-on-bare-metal')],
    source: SRC.ibmHypervisors,
  },
  {
    name: 'Hyper-V on Ubuntu',
    blocks: [...X86, ['hv', 'hypervisor', 'hyper-v', 'host']],
    verdict: [err('hv', 'type1-on-bare-metal')],
    roles: { hv: 'misplaced' },
    source: SRC.hypervRootPartition,
  },
  {
    name: 'Xen on Windows Server',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['win', 'os', 'windows-server', 'hw'],
      ['xen', 'hypervisor', 'xen', 'win'],
    ],
    // Xen's Dom0 is Linux: it cannot slide under Windows.
    verdict: [err('xen', 'type1-on-bare-metal')],
    roles: { xen: 'misplaced' },
    source: SRC.xenGuide,
  },
  {
    name: 'KVM on bare hardware',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['kvm', 'hypervisor', 'kvm', 'hw'],
    ],
    verdict: [err('kvm', 'kvm-needs-linux')],
    source: SRC.kvmRedHat,
  },
  {
    name: 'KVM on Windows Server',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['win', 'os', 'windows-server', 'hw'],
      ['kvm', 'hypervisor', 'kvm', 'win'],
    ],
    verdict: [err('kvm', 'kvm-needs-linux')],
    source: SRC.kvm,
  },
  {
    name: 'Firecracker on bare hardware',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['fc', 'hypervisor', 'firecracker', 'hw'],
    ],
    verdict: [err('fc', 'kvm-needs-linux')],
    source: SRC.firecracker,
  },
  {
    name: 'Firecracker on macOS',
    blocks: [
      ['mac', 'hardware', 'mac-apple-silicon'],
      ['macos', 'os', 'macos', 'mac'],
      ['fc', 'hypervisor', 'firecracker', 'macos'],
    ],
    verdict: [err('fc', 'kvm-needs-linux')],
    source: SRC.firecracker,
  },
  {
    name: 'KVM straight on ESXi (no guest OS between)',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['esxi', 'hypervisor', 'esxi', 'hw'],
      ['kvm', 'hypervisor', 'kvm', 'esxi'],
    ],
    verdict: [err('kvm', 'hypervisor-placement')],
    source: SRC.nist,
  },
  {
    name: 'VirtualBox inside a container',
    blocks: [
      ...X86,
      ['docker', 'engine', 'docker', 'host'],
      ['vbox', 'hypervisor', 'virtualbox', 'docker'],
    ],
    verdict: [err('vbox', 'hypervisor-placement')],
    source: SRC.nist,
  },
  {
    name: 'a stack left beside the machine (not installed)',
    blocks: [
      ...X86,
      ['docker', 'engine', 'docker'],
      ['lib', 'library', 'debian-slim', 'docker'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    verdict: [warn('docker', 'not-installed')],
    roles: { docker: 'not-installed', app: 'not-installed' },
    accounts: { hw: { mem: 1024, disk: 4096 } },
    apps: { app: { runs: false, copies: 0 } },
    source: SRC.nist,
  },
  {
    name: 'an app on a block that is not in the design (a hand-edited file)',
    raw: true,
    blocks: [...X86, ['app', 'app', 'web-app', 'ghost']],
    verdict: [err('app', 'dangling-host')],
    accounts: { hw: { mem: 1024, disk: 4096 } },
    apps: { app: { runs: false, copies: 0 } },
    source: SRC.nist,
  },
  {
    name: 'an OS and a hypervisor running on each other in a circle',
    raw: true,
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['a', 'os', 'ubuntu', 'b'],
      ['b', 'hypervisor', 'virtualbox', 'a'],
    ],
    verdict: [err('a', 'host-cycle')],
    accounts: { hw: { mem: 0, disk: 0 } },
    source: SRC.nist,
  },
  {
    name: 'a machine placed on an OS',
    raw: true,
    blocks: [...X86, ['hw2', 'hardware', 'laptop', 'host']],
    verdict: [err('hw2', 'hardware-is-root')],
    source: SRC.nist,
  },
];
