// The words of the lesson, in our own words, each with where to read more. Reachable from every
// block (by its role) and every rule (by what it is about). Loaded on demand.
import type { Role } from './graph/roles';
import type { RuleId } from './rules/ruleIds';

export type TermId =
  | 'machine'
  | 'kernel'
  | 'host-os'
  | 'hypervisor'
  | 'type-1'
  | 'type-2'
  | 'kvm'
  | 'virtual-machine'
  | 'guest-os'
  | 'container'
  | 'container-engine'
  | 'image-layer'
  | 'copy-on-write'
  | 'libc'
  | 'cpu-architecture'
  | 'emulation'
  | 'virtualization-extensions'
  | 'nested-virtualization'
  | 'hidden-vm';

export type Term = {
  readonly id: TermId;
  readonly term: string;
  readonly text: string;
  readonly sources: readonly string[];
};

export const GLOSSARY: readonly Term[] = [
  {
    id: 'machine',
    term: 'Machine (hardware, bare metal)',
    text: 'The physical computer: CPUs, memory and disk. Everything else in a stack runs on one. Its memory and disk are the budget every block above it spends.',
    sources: ['https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-125.pdf'],
  },
  {
    id: 'kernel',
    term: 'Kernel',
    text: 'The core of an operating system: it alone talks to the hardware, and shares out CPU time, memory and devices between programs. Every program needs one below it. Containers on one OS all use that OS’s kernel; each virtual machine boots a kernel of its own.',
    sources: [
      'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/',
      'https://learn.microsoft.com/en-us/virtualization/windowscontainers/about/containers-vs-vm',
    ],
  },
  {
    id: 'host-os',
    term: 'Host OS',
    text: 'The operating system installed on the machine itself. It boots first, and a type 2 hypervisor or a container engine runs on it like any program.',
    sources: [
      'https://aws.amazon.com/compare/the-difference-between-type-1-and-type-2-hypervisors/',
    ],
  },
  {
    id: 'hypervisor',
    term: 'Hypervisor',
    text: 'Software that splits one machine into several virtual machines, giving each a share of the CPU, its own slice of memory and a virtual disk, and keeping them apart.',
    sources: [
      'https://www.ibm.com/topics/hypervisors',
      'https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-125.pdf',
    ],
  },
  {
    id: 'type-1',
    term: 'Type 1 (bare-metal) hypervisor',
    text: 'A hypervisor that runs straight on the hardware, with no host OS below it: ESXi, Xen, Hyper-V. It boots first and is what data centres use. Hyper-V turned on in Windows, and Xen installed from Debian’s packages, slide underneath that OS, which becomes a privileged VM: still type 1.',
    sources: [
      'https://aws.amazon.com/compare/the-difference-between-type-1-and-type-2-hypervisors/',
      'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/tlfs',
      'https://wiki.debian.org/Xen',
    ],
  },
  {
    id: 'type-2',
    term: 'Type 2 (hosted) hypervisor',
    text: 'A hypervisor that is a program on a host OS, such as VirtualBox or VMware Workstation. Easy to install on a laptop; every disk and network request also crosses the host OS.',
    sources: [
      'https://aws.amazon.com/compare/the-difference-between-type-1-and-type-2-hypervisors/',
    ],
  },
  {
    id: 'kvm',
    term: 'KVM (Kernel-based Virtual Machine)',
    text: 'A module of the Linux kernel that turns Linux itself into a hypervisor; QEMU or Firecracker give each VM its devices. Some call it type 1 (the kernel runs on the bare metal), others type 2 (a whole OS sits under the VMs): both views are in use, and both answers count here.',
    sources: [
      'https://www.redhat.com/en/topics/virtualization/what-is-KVM',
      'https://www.linaro.org/blog/on-the-performance-of-arm-virtualization/',
    ],
  },
  {
    id: 'virtual-machine',
    term: 'Virtual machine (VM)',
    text: 'A whole pretend computer made by a hypervisor: it is given memory and disk up front, and boots a guest OS of its own. Strong isolation, at the price of a full OS per VM and a boot to start one.',
    sources: [
      'https://learn.microsoft.com/en-us/virtualization/windowscontainers/about/containers-vs-vm',
    ],
  },
  {
    id: 'guest-os',
    term: 'Guest OS',
    text: 'The operating system inside a virtual machine. It has its own kernel, so it can differ from the host’s (Windows in a VM on Linux), and its memory is paid for whether used or not.',
    sources: [
      'https://learn.microsoft.com/en-us/virtualization/windowscontainers/about/containers-vs-vm',
    ],
  },
  {
    id: 'container',
    term: 'Container',
    text: 'An app packaged with its libraries and run as an isolated process on a shared kernel. No OS to boot, so it starts in well under a second and costs little more than the app itself.',
    sources: [
      'https://www.docker.com/resources/what-container/',
      'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/',
    ],
  },
  {
    id: 'container-engine',
    term: 'Container engine',
    text: 'The program that starts and isolates containers on an OS (Docker, Podman, containerd), using features of that OS’s kernel. A Linux container needs a Linux kernel below the engine.',
    sources: [
      'https://docs.docker.com/engine/security/',
      'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/',
    ],
  },
  {
    id: 'image-layer',
    term: 'Image layer',
    text: 'A container image is a stack of read-only layers: a base (such as debian:bookworm-slim), then libraries, then the app. Identical layers are stored once and shared by every container that uses them — the savings the Costs panel shows.',
    sources: [
      'https://docs.docker.com/engine/storage/drivers/',
      'https://github.com/opencontainers/image-spec/blob/main/config.md',
    ],
  },
  {
    id: 'copy-on-write',
    term: 'Copy-on-write',
    text: 'How shared layers stay shared: all containers read the same files, and a container that changes a file gets its own copy of just that file in a thin writable layer of its own.',
    sources: [
      'https://docs.docker.com/engine/storage/drivers/',
      'https://docs.docker.com/engine/storage/drivers/overlayfs-driver/',
    ],
  },
  {
    id: 'libc',
    term: 'C library (glibc, musl)',
    text: 'The library almost every program calls to reach the kernel. A dynamically linked program is linked against one and fails to start without it: a glibc program on an image that only has musl (Alpine) stops with “not found”, and the reverse. A compatibility layer (gcompat) lets glibc programs start on Alpine; a static program needs no C library at all.',
    sources: [
      'https://packages.debian.org/bookworm/libc6',
      'https://github.com/docker-library/docs/blob/master/alpine/content.md',
      'https://wiki.alpinelinux.org/wiki/Running_glibc_programs',
    ],
  },
  {
    id: 'cpu-architecture',
    term: 'CPU architecture (x86_64, arm64)',
    text: 'The instruction set a CPU understands. A program or image is built for one; run on the other it fails with “exec format error”, unless it is translated. Linux distributions and official images are multi-arch: they carry one build per architecture and take the one for the CPU they land on.',
    sources: ['https://docs.docker.com/build/building/multi-platform/'],
  },
  {
    id: 'emulation',
    term: 'Emulation',
    text: 'Running code built for another CPU by translating its instructions. QEMU does it for a whole VM or one program, about ten times slower than native; Rosetta 2 on Apple-silicon Macs translates x86_64 programs ahead of time and keeps roughly four fifths of native speed (Docker Desktop uses it for amd64 images).',
    sources: [
      'https://docs.docker.com/build/building/multi-platform/',
      'https://www.anandtech.com/show/16252/mac-mini-apple-m1-tested/6',
    ],
  },
  {
    id: 'virtualization-extensions',
    term: 'Virtualization extensions (VT-x, AMD-V)',
    text: 'CPU features that let a hypervisor run guests at nearly full speed. Most hypervisors need them; some old or cheap machines lack them, or have them switched off.',
    sources: [
      'https://learn.microsoft.com/en-us/windows-server/virtualization/hyper-v/get-started/system-requirements-for-hyper-v-on-windows',
    ],
  },
  {
    id: 'nested-virtualization',
    term: 'Nested virtualization',
    text: 'A hypervisor inside a virtual machine, running VMs of its own. The outer hypervisor must pass the virtualization extensions on to its guest, and everything inside runs somewhat slower.',
    sources: [
      'https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html',
      'https://cloud.google.com/compute/docs/instances/nested-virtualization/overview',
    ],
  },
  {
    id: 'hidden-vm',
    term: 'The hidden Linux VM (Docker Desktop, podman machine)',
    text: 'Containers need a Linux kernel, and macOS and Windows do not have one. Docker Desktop (and Podman, through podman machine) quietly runs a Linux VM and runs the containers in it. Like any VM it is given its memory up front (Docker’s default: half the machine’s), and the containers must fit in it.',
    sources: [
      'https://docs.docker.com/desktop/features/vmm/',
      'https://docs.docker.com/desktop/settings-and-maintenance/settings/',
      'https://docs.podman.io/en/latest/markdown/podman-machine.1.html',
    ],
  },
];

/** What each role of a block is, in the glossary. */
export const TERM_FOR_ROLE: Readonly<Record<Role, TermId>> = {
  machine: 'machine',
  'host-os': 'host-os',
  'guest-os': 'guest-os',
  'bare-metal-hypervisor': 'type-1',
  'hosted-hypervisor': 'type-2',
  'kvm-hypervisor': 'kvm',
  'nested-hypervisor': 'nested-virtualization',
  'container-engine': 'container-engine',
  'image-layer': 'image-layer',
  'system-library': 'libc',
  container: 'container',
  'vm-app': 'virtual-machine',
  'native-app': 'kernel',
  misplaced: 'kernel',
  'not-installed': 'machine',
};

/** What each rule is about, in the glossary. */
export const TERM_FOR_RULE: Readonly<Record<RuleId, TermId>> = {
  'dangling-host': 'machine',
  'host-cycle': 'machine',
  'not-installed': 'machine',
  'hardware-is-root': 'machine',
  'one-boot-per-machine': 'host-os',
  'nothing-runs-on-app': 'kernel',
  'guest-os-needs-hypervisor': 'guest-os',
  'no-os-in-container': 'container',
  'type1-on-bare-metal': 'type-1',
  'hyper-v-under-windows': 'type-1',
  'xen-dom0': 'type-1',
  'type2-needs-host-os': 'type-2',
  'kvm-needs-linux': 'type-1',
  'hypervisor-placement': 'hypervisor',
  'engine-needs-kernel': 'container-engine',
  'library-needs-kernel': 'kernel',
  'app-needs-kernel': 'kernel',
  'arch-mismatch': 'cpu-architecture',
  'exec-format-error': 'cpu-architecture',
  'needs-virtualization': 'virtualization-extensions',
  'nested-virtualization-off': 'nested-virtualization',
  'nested-virtualization': 'nested-virtualization',
  'competing-hypervisors': 'hypervisor',
  'engine-kernel-family': 'container-engine',
  'hidden-linux-vm': 'hidden-vm',
  'kernel-family-mismatch': 'kernel',
  'containers-in-vm': 'container',
  'libc-mismatch': 'libc',
  'app-without-libraries': 'image-layer',
  'memory-exceeded': 'virtual-machine',
  'disk-exceeded': 'image-layer',
  'vm-memory-exceeded': 'virtual-machine',
  'vm-disk-exceeded': 'virtual-machine',
};
