/**
 * Public pages the catalog's figures and the rules' facts come from (see
 * `shared/reference/domain-facts.md`, where each is quoted and tagged).
 */
export const SOURCES = {
  nist800125: 'https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-125.pdf',
  ibmHypervisors: 'https://www.ibm.com/topics/hypervisors',
  ubuntuRequirements:
    'https://documentation.ubuntu.com/server/reference/installation/system-requirements/',
  ubuntuBoot: 'https://depot.dev/blog/accelerating-builds-improve-ec2-boot-time',
  debianRequirements: 'https://www.debian.org/releases/bullseye/amd64/ch03s04.en.html',
  alpineReview: 'https://linuxreviews.org/Alpine_Linux',
  windowsServerRequirements:
    'https://learn.microsoft.com/en-us/windows-server/get-started/hardware-requirements',
  firecrackerSpec: 'https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md',
  firecracker: 'https://github.com/firecracker-microvm/firecracker',
  firecrackerPaper: 'https://www.usenix.org/system/files/nsdi20-paper-agache.pdf',
  vmwareOverhead: 'https://pubs.vmware.com/vsp40u1/resmgmt/c_understanding_memory_overhead.html',
  vmwareArm:
    'https://blogs.vmware.com/teamfusion/2021/04/fusion-on-apple-silicon-progress-update.html',
  xenGuide: 'https://xenbits.xen.org/docs/latest/admin-guide/introduction.html',
  hypervOverview:
    'https://learn.microsoft.com/en-us/windows-server/virtualization/hyper-v/overview',
  hypervRequirements:
    'https://learn.microsoft.com/en-us/windows-server/virtualization/hyper-v/get-started/system-requirements-for-hyper-v-on-windows',
  hypervRootPartition:
    'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/tlfs',
  kvm: 'https://www.linux-kvm.org/page/Main_Page',
  kvmRedHat: 'https://www.redhat.com/en/topics/virtualization/what-is-KVM',
  kvmTypes: 'https://www.linaro.org/blog/on-the-performance-of-arm-virtualization/',
  virtualbox: 'https://www.virtualbox.org/manual/ch01.html',
  qemu: 'https://www.qemu.org/docs/master/system/introduction.html',
  qemuSlow: 'https://ctu-mrs.github.io/docs/prerequisites/docker/crossplatform-build',
  felter:
    'https://research.ibm.com/publications/an-updated-performance-comparison-of-virtual-machines-and-linux-containers',
  nestedVmx: 'https://docs.kernel.org/virt/kvm/x86/nested-vmx.html',
  nestedKvm: 'https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html',
  nestedGcp: 'https://cloud.google.com/compute/docs/instances/nested-virtualization/overview',
  nestedHyperv:
    'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/nested-virtualization',
  wslVersions: 'https://learn.microsoft.com/en-us/windows/wsl/compare-versions',
  containerdMemory: 'https://github.com/containerd/containerd/issues/2020',
  containerStart: 'https://arxiv.org/abs/2602.15214',
  dockerWhatIsContainer:
    'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/',
  dockerStorage: 'https://docs.docker.com/engine/storage/drivers/',
  dockerOverlayCache: 'https://docs.docker.com/engine/storage/drivers/overlayfs-driver/',
  dockerSecurity: 'https://docs.docker.com/engine/security/',
  dockerMultiPlatform: 'https://docs.docker.com/build/building/multi-platform/',
  buildkitMultiPlatform: 'https://github.com/moby/buildkit/blob/master/docs/multi-platform.md',
  dockerDesktopVmm: 'https://docs.docker.com/desktop/features/vmm/',
  dockerDesktopSettings: 'https://docs.docker.com/desktop/settings-and-maintenance/settings/',
  podmanMachine: 'https://docs.podman.io/en/latest/markdown/podman-machine.1.html',
  gvisor: 'https://gvisor.dev/docs/',
  gvisorPlatforms: 'https://gvisor.dev/docs/architecture_guide/platforms/',
  lxd: 'https://github.com/canonical/lxd',
  microsoftContainersVsVms:
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/about/containers-vs-vm',
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
  pythonImageVariants: 'https://hub.docker.com/_/python',
  adoptium: 'https://adoptium.net/installation/containers/',
  distroless: 'https://github.com/GoogleContainerTools/distroless',
  nanoserver: 'https://github.com/containerd/containerd/pkgs/container/windows%2Fnanoserver',
  windowsContainerVersions:
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/upgrade-windows-containers',
} as const;
