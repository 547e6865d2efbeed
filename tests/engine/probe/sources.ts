/**
 * The pages the probe's expectations rest on (quoted in shared/reference/domain-facts.md, rule
 * numbers L1–L25 there). Written out here, not imported from the catalog: the probe is a second
 * opinion on the engine, not a copy of it.
 */
export const SRC = {
  /** L1–L3: bare-metal vs hosted virtualization. */
  nist: 'https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-125.pdf',
  /** L2: ESXi is type 1; Workstation, Fusion, VirtualBox type 2. */
  ibmHypervisors: 'https://www.ibm.com/topics/hypervisors',
  /** L3, L9: "requires an existing OS"; "do not … run VMs from competing hypervisors". */
  virtualbox: 'https://www.virtualbox.org/manual/ch01.html',
  /** L4: KVM turns Linux into a hypervisor (type 1 for some, type 2 for others). */
  kvmRedHat: 'https://www.redhat.com/en/topics/virtualization/what-is-KVM',
  /** L4, L8: kvm.ko, needs Intel VT or AMD-V. */
  kvm: 'https://www.linux-kvm.org/page/Main_Page',
  /** L5: the root partition; VMs are child partitions. */
  hypervRootPartition:
    'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/tlfs',
  /** L6: Dom0 is the control and hardware domain; Xen has no drivers. */
  xenGuide: 'https://xenbits.xen.org/docs/latest/admin-guide/introduction.html',
  /** L6: Debian installed first becomes Dom0 once Xen is installed from its packages. */
  debianXen: 'https://wiki.debian.org/Xen',
  /** L8, L21: Firecracker uses KVM; 128 MiB guests, ≤ 125 ms to /sbin/init, ≤ 5 MiB VMM. */
  firecracker: 'https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md',
  /** L11: accelerators run the host architecture; TCG emulates other CPUs. */
  qemu: 'https://www.qemu.org/docs/master/system/introduction.html',
  /** TCG / user-mode emulation: "expect a run-time approx. 10x slower". */
  qemuSlow: 'https://ctu-mrs.github.io/docs/prerequisites/docker/crossplatform-build',
  /** L11: no x86 VMs on Apple silicon with hardware virtualization. */
  vmwareAppleSilicon:
    'https://blogs.vmware.com/teamfusion/2021/04/fusion-on-apple-silicon-progress-update.html',
  /** L12: "exec format error" without a user-mode emulator. */
  buildkitMultiPlatform: 'https://github.com/moby/buildkit/blob/master/docs/multi-platform.md',
  /** L12: multi-platform images carry one manifest per architecture. */
  dockerMultiPlatform: 'https://docs.docker.com/build/building/multi-platform/',
  /** Docker Desktop: Rosetta for amd64 on Apple silicon; memory limit = 50 % of the host. */
  dockerDesktopSettings: 'https://docs.docker.com/desktop/settings-and-maintenance/settings/',
  /** L15: the Linux VM Docker Desktop runs containers in. */
  dockerDesktopVmm: 'https://docs.docker.com/desktop/features/vmm/',
  /** L14, L15: Podman on macOS and Windows needs a VM (podman machine, 2 GiB by default). */
  podmanMachine: 'https://docs.podman.io/en/latest/markdown/podman-machine.1.html',
  /** Rosetta 2: x86_64 code at roughly 70–95 % of native speed on the M1. */
  rosetta: 'https://www.anandtech.com/show/16252/mac-mini-apple-m1-tested/6',
  /** L10: nested virtualization must be exposed by the outer hypervisor. */
  nestedHyperv:
    'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/nested-virtualization',
  /** L10: nested KVM is on by default since Linux 4.19. */
  nestedKvm: 'https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html',
  /** L10: nested VMs are "10% or greater" slower for CPU-bound work. */
  nestedGcp: 'https://cloud.google.com/compute/docs/instances/nested-virtualization/overview',
  /** ESXi as a VM of Workstation, for labs. */
  nestedEsxi: 'https://kb.vmware.com/kb/2009916',
  /** L13, L20: a container is an isolated process; containers in cloud VMs. */
  dockerWhatIsContainer:
    'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/',
  /** L7, L17, L18: VMs run their own kernel; containers share the host's. */
  microsoftContainersVsVms:
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/about/containers-vs-vm',
  /** L25, c.1–c.3: layers stored once, ChainID sharing. */
  dockerStorage: 'https://docs.docker.com/engine/storage/drivers/',
  /** L19: Alpine is musl, glibc programs fail; gcompat. */
  alpineGlibc: 'https://wiki.alpinelinux.org/wiki/Running_glibc_programs',
  /** L19: the -alpine image variants use musl. */
  pythonImage: 'https://hub.docker.com/_/python',
  /** L19: Temurin's Alpine images are built for musl. */
  adoptium: 'https://adoptium.net/installation/containers/',
  /** node:22-alpine = alpine + Node.js, an official image. */
  nodeAlpine:
    'https://github.com/docker-library/repo-info/blob/master/repos/node/local/22.23-alpine.md',
  /** L24: static binaries on distroless/static or scratch. */
  distroless: 'https://github.com/GoogleContainerTools/distroless',
  /** L21: gVisor's user-space kernel; systrap needs no virtualization inside a VM. */
  gvisor: 'https://gvisor.dev/docs/architecture_guide/platforms/',
  /** L22: LXD system containers. */
  lxd: 'https://github.com/canonical/lxd',
  /** b.2: Ubuntu's minimum memory and disk. */
  ubuntuRequirements:
    'https://documentation.ubuntu.com/server/reference/installation/system-requirements/',
  /** b.2: Windows Server's requirements, x86-64 processor. */
  windowsRequirements:
    'https://learn.microsoft.com/en-us/windows-server/get-started/hardware-requirements',
  /** b.3: a VM reserves its configured memory plus overhead. */
  vmwareOverhead: 'https://pubs.vmware.com/vsp40u1/resmgmt/c_understanding_memory_overhead.html',
  /** Ubuntu Server for arm64 (and every other architecture it is released for). */
  ubuntuArm: 'https://ubuntu.com/download/server/arm',
  /** Debian's arm64 port. */
  debianArm64: 'https://www.debian.org/ports/arm/',
  /** Alpine's downloads, aarch64 included. */
  alpineDownloads: 'https://alpinelinux.org/downloads/',
  /** Xen on Arm. */
  xenArm: 'https://wiki.xenproject.org/wiki/Xen_ARM_with_Virtualization_Extensions',
  /** ESXi for Arm (the ESXi-Arm Fling). */
  esxiArm: 'https://flings.vmware.com/esxi-arm-edition',
  /** Docker Engine runs Windows containers on Windows Server. */
  windowsContainers:
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/quick-start/set-up-environment',
} as const;
