import type { FigureKey } from '../figures';
import * as RULE_SOURCES from './sources';

/** What a student reads about a variant, and where its numbers come from. */
export type VariantNotes = {
  /** Two sentences: what it is, and why it matters in a stack. */
  readonly description: string;
  /** Where the figures (and the facts in the description) come from. The first is the main one. */
  readonly sources: readonly [string, ...string[]];
  /** Figures that are engineering estimates, not read in a source. The UI marks them. */
  readonly estimates: readonly FigureKey[];
};

// Pages cited only here (the rules cite the others, from ./sources).
const NOTE_SOURCES = {
  ubuntuBoot: 'https://depot.dev/blog/accelerating-builds-improve-ec2-boot-time',
  debianRequirements: 'https://www.debian.org/releases/bullseye/amd64/ch03s04.en.html',
  alpineReview: 'https://linuxreviews.org/Alpine_Linux',
  windowsServerRequirements:
    'https://learn.microsoft.com/en-us/windows-server/get-started/hardware-requirements',
  firecrackerSpec: 'https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md',
  firecrackerPaper: 'https://www.usenix.org/system/files/nsdi20-paper-agache.pdf',
  vmwareArm:
    'https://blogs.vmware.com/teamfusion/2021/04/fusion-on-apple-silicon-progress-update.html',
  hypervOverview:
    'https://learn.microsoft.com/en-us/windows-server/virtualization/hyper-v/overview',
  hypervRequirements:
    'https://learn.microsoft.com/en-us/windows-server/virtualization/hyper-v/get-started/system-requirements-for-hyper-v-on-windows',
  kvmTypes: 'https://www.linaro.org/blog/on-the-performance-of-arm-virtualization/',
  felter:
    'https://research.ibm.com/publications/an-updated-performance-comparison-of-virtual-machines-and-linux-containers',
  nestedVmx: 'https://docs.kernel.org/virt/kvm/x86/nested-vmx.html',
  nestedKvm: 'https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html',
  wslVersions: 'https://learn.microsoft.com/en-us/windows/wsl/compare-versions',
  containerdMemory: 'https://github.com/containerd/containerd/issues/2020',
  containerStart: 'https://arxiv.org/abs/2602.15214',
  dockerOverlayCache: 'https://docs.docker.com/engine/storage/drivers/overlayfs-driver/',
  dockerSecurity: 'https://docs.docker.com/engine/security/',
  dockerMultiPlatform: 'https://docs.docker.com/build/building/multi-platform/',
  gvisorPlatforms: 'https://gvisor.dev/docs/architecture_guide/platforms/',
  lxd: 'https://github.com/canonical/lxd',
  alpineImage:
    'https://github.com/docker-library/repo-info/blob/master/repos/alpine/local/3.24.2.md',
  debianSlimImage:
    'https://github.com/docker-library/repo-info/blob/master/repos/debian/local/bookworm-slim.md',
  ubuntuImage: 'https://github.com/docker-library/repo-info/tree/master/repos/ubuntu',
  pythonImage:
    'https://github.com/docker-library/repo-info/blob/master/repos/python/local/3.12-slim-bookworm.md',
  nodeImage:
    'https://github.com/docker-library/repo-info/blob/master/repos/node/local/22.23-alpine.md',
  libc6: 'https://packages.debian.org/bookworm/libc6',
  adoptium: 'https://adoptium.net/installation/containers/',
  nanoserver: 'https://github.com/containerd/containerd/pkgs/container/windows%2Fnanoserver',
  windowsContainerVersions:
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/upgrade-windows-containers',
} as const;
const SOURCES = { ...RULE_SOURCES, ...NOTE_SOURCES };

// Machines are capacities a student chooses: every capacity is a typical configuration.
const TYPICAL = ['memoryMiB', 'diskMiB', 'cores'] as const;
// No public source gives "the" size of an app: placeholders a student is expected to change.
const ALL = ['memoryMiB', 'diskMiB', 'startMs'] as const;

/**
 * The notes of every catalog variant, keyed `kind/variant`. A module of its own because only the
 * Inspector shows them, so the app loads them when a block is first inspected.
 */
export const NOTES: Readonly<Record<string, VariantNotes>> = {
  'hardware/x86-server': {
    description:
      'A rack server with an Intel or AMD processor and the virtualization extensions switched on. It is the real machine at the bottom of every stack: everything above it shares its memory and disk.',
    sources: [SOURCES.kvm, SOURCES.nist800125],
    estimates: [...TYPICAL],
  },
  'hardware/arm-server': {
    description:
      'A server whose processor speaks the arm64 instruction set, like many cloud machines today. Software built only for x86_64 cannot run on it without an emulator.',
    sources: [SOURCES.qemu, SOURCES.dockerMultiPlatform],
    estimates: [...TYPICAL],
  },
  'hardware/laptop': {
    description:
      'An ordinary x86 laptop with virtualization switched on in its firmware. A good home for a hosted hypervisor or a container engine while you learn.',
    sources: [SOURCES.kvm],
    estimates: [...TYPICAL],
  },
  'hardware/laptop-no-vt': {
    description:
      'An x86 laptop whose CPU lacks virtualization extensions, or has them switched off in the firmware. Modern hypervisors refuse to start on it; containers still work.',
    sources: [SOURCES.kvm, SOURCES.windowsServerRequirements],
    estimates: [...TYPICAL],
  },
  'hardware/mac-apple-silicon': {
    description:
      'A Mac laptop with an arm64 Apple processor. It runs macOS, so Linux containers need a Linux VM, and x86 virtual machines need slow emulation.',
    sources: [SOURCES.vmwareArm, SOURCES.dockerDesktopVmm],
    estimates: [...TYPICAL],
  },
  'os/ubuntu': {
    description:
      'A popular Linux distribution: a Linux kernel plus the GNU userland built on glibc, released for x86_64 and arm64 alike. On hardware it is a host OS; on a hypervisor it is a guest OS with a kernel of its own.',
    sources: [SOURCES.ubuntuRequirements, SOURCES.ubuntuBoot],
    estimates: ['vmMemoryMiB'],
  },
  'os/debian': {
    description:
      'A lean, stable Linux distribution built on glibc; the base of many container images too. Without a desktop it needs very little memory.',
    sources: [SOURCES.debianRequirements],
    estimates: ['startMs', 'vmMemoryMiB', 'vmDiskMiB'],
  },
  'os/alpine': {
    description:
      'A tiny Linux distribution built on musl instead of glibc. Programs compiled for glibc may refuse to start on it.',
    sources: [SOURCES.alpineReview],
    estimates: ['memoryMiB', 'startMs', 'vmMemoryMiB', 'vmDiskMiB'],
  },
  'os/windows-server': {
    description:
      'Microsoft Windows Server (Core): a Windows kernel, which only Windows programs and Windows containers can use. Turning on Hyper-V slides a hypervisor underneath it.',
    sources: [SOURCES.windowsServerRequirements],
    estimates: ['startMs', 'vmMemoryMiB', 'vmDiskMiB'],
  },
  'os/macos': {
    description:
      "Apple's operating system, with its own kernel (XNU), not a Linux one. Linux containers on a Mac therefore run inside a hidden Linux VM.",
    sources: [SOURCES.podmanMachine, SOURCES.dockerDesktopVmm],
    estimates: ['memoryMiB', 'diskMiB', 'startMs', 'vmMemoryMiB', 'vmDiskMiB'],
  },
  'os/microvm-linux': {
    description:
      'A stripped-down Linux guest tuned for a microVM monitor such as Firecracker: a small kernel and almost nothing else. It reaches its first process in about a tenth of a second.',
    sources: [SOURCES.firecrackerSpec],
    estimates: ['memoryMiB', 'diskMiB', 'vmDiskMiB'],
  },
  'hypervisor/esxi': {
    description:
      'A type 1 (bare-metal) hypervisor: it is the first thing the server boots, with no host OS below it. Each VM costs its memory allocation plus a small overhead; in a lab it can itself run as a VM of VMware Workstation, with nested virtualization on.',
    sources: [
      SOURCES.vmwareOverhead,
      SOURCES.ibmHypervisors,
      SOURCES.nestedEsxi,
      SOURCES.vmwareNestedVms,
    ],
    estimates: ['memoryMiB', 'diskMiB', 'startMs', 'cpuOverheadPct', 'vmDiskMiB'],
  },
  'hypervisor/xen': {
    description:
      'A small type 1 hypervisor with no device drivers of its own: a privileged Linux VM called Dom0 does the disk and network work for every guest. Installed on a Linux host it slides under it and that Linux becomes Dom0; on bare metal its Dom0 is counted as its control domain.',
    sources: [SOURCES.xenGuide, SOURCES.debianXen, SOURCES.kvmTypes],
    estimates: [
      'memoryMiB',
      'diskMiB',
      'startMs',
      'perVmMemoryMiB',
      'cpuOverheadPct',
      'controlDomainMemoryMiB',
      'controlDomainDiskMiB',
      'vmMemoryMiB',
      'vmDiskMiB',
    ],
  },
  'hypervisor/hyper-v': {
    description:
      'A type 1 hypervisor from Microsoft. Enabling it on Windows slides it underneath Windows, which then becomes a privileged "root partition" beside the VMs.',
    sources: [
      SOURCES.hypervOverview,
      SOURCES.hypervRequirements,
      SOURCES.hypervRootPartition,
      SOURCES.windowsServerRequirements,
    ],
    estimates: [
      'memoryMiB',
      'diskMiB',
      'startMs',
      'perVmMemoryMiB',
      'cpuOverheadPct',
      'vmMemoryMiB',
    ],
  },
  'hypervisor/kvm': {
    description:
      "A Linux kernel module that turns Linux itself into a hypervisor, with QEMU providing each VM's devices. Some call it type 1, others type 2: both views are in use, and both are accepted here.",
    sources: [SOURCES.kvm, SOURCES.kvmRedHat, SOURCES.firecrackerPaper, SOURCES.nestedKvm],
    estimates: ['memoryMiB', 'diskMiB', 'startMs'],
  },
  'hypervisor/virtualbox': {
    description:
      'A type 2 (hosted) hypervisor: an application you install on an existing OS. Every disk or network request of a guest travels through that host OS too.',
    sources: [SOURCES.virtualbox, SOURCES.ibmHypervisors],
    estimates: ['memoryMiB', 'diskMiB', 'startMs', 'perVmMemoryMiB', 'cpuOverheadPct'],
  },
  'hypervisor/vmware-workstation': {
    description:
      'A type 2 hypervisor for desktops: it runs as a program plus a driver inside the host OS. Handy on a laptop, with a little more overhead than a bare-metal hypervisor.',
    sources: [SOURCES.ibmHypervisors, SOURCES.kvmTypes],
    estimates: ['memoryMiB', 'diskMiB', 'startMs', 'perVmMemoryMiB', 'cpuOverheadPct'],
  },
  'hypervisor/firecracker': {
    description:
      'A microVM monitor built on Linux KVM, made for thousands of tiny, fast-starting VMs (it powers AWS Lambda). Each microVM costs under 5 MiB of overhead and boots in about 125 ms.',
    sources: [SOURCES.firecrackerSpec, SOURCES.firecracker, SOURCES.firecrackerPaper],
    estimates: ['diskMiB'],
  },
  'hypervisor/qemu-emulation': {
    description:
      'QEMU without hardware acceleration translates every guest instruction in software, so it can run a guest built for another CPU. The price is speed: expect about ten times slower.',
    sources: [SOURCES.qemu, SOURCES.qemuSlow],
    estimates: ['diskMiB', 'startMs'],
  },
  'engine/docker': {
    description:
      'The classic container engine (dockerd + containerd + runc) on a Linux kernel. Each container is an isolated process of the host kernel, costing only a small shim on top of the app.',
    sources: [SOURCES.containerdMemory, SOURCES.containerStart, SOURCES.felter],
    estimates: ['memoryMiB', 'diskMiB', 'startMs'],
  },
  'engine/podman': {
    description:
      'A daemonless container engine: no background service, each container is supervised by a tiny monitor process. Like Docker it needs a Linux kernel; on a Mac it starts a Linux VM.',
    sources: [SOURCES.podmanMachine],
    estimates: ['diskMiB', 'perContainerMemoryMiB', 'containerStartMs'],
  },
  'engine/containerd': {
    description:
      'The container runtime underneath Docker and most Kubernetes clusters, used on its own. It pulls images, unpacks their layers once, and starts containers from them.',
    sources: [SOURCES.containerdMemory, SOURCES.containerStart],
    estimates: ['diskMiB', 'startMs', 'containerStartMs'],
  },
  'engine/docker-desktop': {
    description:
      "Docker for macOS and Windows. It quietly boots a Linux VM, given half the machine's memory by default, and runs your containers inside it, because Linux containers need a Linux kernel; on Apple silicon it runs amd64 images through Rosetta.",
    sources: [
      SOURCES.dockerDesktopVmm,
      SOURCES.dockerDesktopSettings,
      SOURCES.containerStart,
      SOURCES.rosetta,
    ],
    estimates: ['memoryMiB', 'diskMiB', 'startMs', 'cpuOverheadPct', 'vmDiskMiB'],
  },
  'engine/podman-machine': {
    description:
      'Podman on macOS or Windows, where `podman machine` first starts a small Fedora Linux VM (2 GiB of memory by default) and runs every container in it. The containers share that VM and must fit in its memory.',
    sources: [SOURCES.podmanMachine],
    estimates: ['memoryMiB', 'diskMiB', 'startMs', 'containerStartMs', 'cpuOverheadPct'],
  },
  'engine/gvisor': {
    description:
      'A sandboxed runtime that puts a small kernel written in Go between each container and the host kernel. A stronger wall than a plain container, paid for with slower system calls.',
    sources: [SOURCES.gvisor, SOURCES.gvisorPlatforms],
    estimates: [
      'diskMiB',
      'startMs',
      'perContainerMemoryMiB',
      'containerStartMs',
      'cpuOverheadPct',
    ],
  },
  'engine/lxd': {
    description:
      'Runs whole Linux systems as containers, each with its own init and services, still on the host kernel. It feels like a light VM but shares the kernel like a container.',
    sources: [SOURCES.lxd],
    estimates: ['memoryMiB', 'diskMiB', 'startMs', 'perContainerMemoryMiB', 'containerStartMs'],
  },
  'library/debian-slim': {
    description:
      'A slimmed-down Debian base image: a glibc userland without the kernel. Images built on the same base share these files, stored and loaded once.',
    sources: [SOURCES.debianSlimImage, SOURCES.dockerStorage],
    estimates: ['memoryMiB'],
  },
  'library/ubuntu-base': {
    description:
      "The Ubuntu base image: Ubuntu's userland and glibc, without a kernel. A container from it still uses the host's kernel.",
    sources: [SOURCES.ubuntuImage, SOURCES.dockerStorage],
    estimates: ['memoryMiB'],
  },
  'library/alpine-base': {
    description:
      'The tiny Alpine base image, built on musl instead of glibc. Small and quick to pull, but programs built for glibc may not start on it.',
    sources: [SOURCES.alpineImage, SOURCES.pythonImageVariants],
    estimates: ['memoryMiB'],
  },
  'library/distroless-static': {
    description:
      'An almost empty base: certificates and time zones, no shell, no package manager and no C library. Only a statically linked program can run on it.',
    sources: [SOURCES.distroless],
    estimates: ['memoryMiB'],
  },
  'library/glibc': {
    description:
      'The GNU C library, which nearly every program on Debian, Ubuntu or Fedora is linked against. Two apps on the same copy share its pages in memory.',
    sources: [SOURCES.libc6],
    estimates: ['memoryMiB'],
  },
  'library/musl': {
    description:
      'A small, simple C library, used by Alpine. It is about twenty times smaller than glibc but not a drop-in replacement for it.',
    sources: [SOURCES.alpineImage],
    estimates: ['memoryMiB'],
  },
  'library/gcompat': {
    description:
      "Alpine's glibc compatibility layer: a stand-in for glibc's loader that hands glibc programs to musl. Put on an Alpine base, it lets a program linked against glibc start there.",
    sources: [SOURCES.gcompat, SOURCES.alpineGlibc],
    estimates: ['memoryMiB', 'diskMiB'],
  },
  'library/python': {
    description:
      'The Python interpreter and standard library, as the python:3.12-slim image adds them on top of Debian slim; it is linked against glibc, so it needs a glibc base below it. Every Python app on the same layer shares one copy.',
    sources: [SOURCES.pythonImage],
    estimates: ['memoryMiB', 'startMs'],
  },
  'library/node': {
    description:
      'The Node.js runtime with npm and yarn, built for glibc. At about 160 MB it is often the biggest layer of a web app image, which is why sharing it pays.',
    sources: [SOURCES.nodeImage],
    estimates: ['memoryMiB', 'startMs'],
  },
  'library/jre': {
    description:
      "A Java runtime such as Eclipse Temurin's JRE, needed by every Java app. It is large and slow to warm up, so sharing one copy between apps saves a lot.",
    sources: [SOURCES.adoptium],
    estimates: ['memoryMiB', 'diskMiB', 'startMs'],
  },
  'library/windows-nanoserver': {
    description:
      'The smallest Windows container base image. It carries Windows userland files, so it needs a Windows kernel underneath.',
    sources: [SOURCES.nanoserver, SOURCES.microsoftContainersVsVms],
    estimates: ['memoryMiB', 'diskMiB'],
  },
  'app/web-app': {
    description:
      'A small web application, linked against glibc like most Linux programs and published as a multi-arch image. The same app can run natively, in a VM or in a container: only the stack below it changes.',
    sources: [SOURCES.dockerWhatIsContainer],
    estimates: [...ALL],
  },
  'app/api-service': {
    description:
      'A back-end service answering requests from other programs. Many copies of it are often run side by side, so the cost of one more copy matters.',
    sources: [SOURCES.dockerWhatIsContainer],
    estimates: [...ALL],
  },
  'app/database': {
    description:
      'A database server that keeps data on disk and a large cache in memory. It is heavier and slower to start than a web app.',
    sources: [SOURCES.dockerWhatIsContainer],
    estimates: [...ALL],
  },
  'app/static-binary': {
    description:
      'A program linked statically (typical for Go or Rust), so it needs no C library at all. It can run on an empty image, straight on the container engine.',
    sources: [SOURCES.distroless],
    estimates: [...ALL],
  },
  'app/windows-service': {
    description:
      'A program built for Windows, such as a .NET service. Even in a container it needs a Windows kernel below it.',
    sources: [SOURCES.microsoftContainersVsVms],
    estimates: [...ALL],
  },
};

/** The notes of a variant, or `undefined` for one the catalog does not know. */
export function notesOf(kind: string, id: string): VariantNotes | undefined {
  return NOTES[`${kind}/${id}`];
}
