/**
 * Public pages the catalog's figures and the rules' facts come from (see
 * `shared/reference/domain-facts.md`, where each is quoted and tagged).
 *
 * One export per page, used as `SOURCES.name` through `import * as SOURCES`: the app then
 * carries only the pages it cites where it starts.
 */
export const nist800125 =
  'https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-125.pdf';
export const ibmHypervisors = 'https://www.ibm.com/topics/hypervisors';
export const ubuntuRequirements =
  'https://documentation.ubuntu.com/server/reference/installation/system-requirements/';
export const vmwareOverhead =
  'https://pubs.vmware.com/vsp40u1/resmgmt/c_understanding_memory_overhead.html';
export const hypervRootPartition =
  'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/tlfs';
export const kvm = 'https://www.linux-kvm.org/page/Main_Page';
export const kvmRedHat = 'https://www.redhat.com/en/topics/virtualization/what-is-KVM';
export const virtualbox = 'https://www.virtualbox.org/manual/ch01.html';
export const qemu = 'https://www.qemu.org/docs/master/system/introduction.html';
export const qemuSlow = 'https://ctu-mrs.github.io/docs/prerequisites/docker/crossplatform-build';
export const nestedGcp =
  'https://cloud.google.com/compute/docs/instances/nested-virtualization/overview';
export const nestedHyperv =
  'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/nested-virtualization';
export const dockerWhatIsContainer =
  'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/';
export const dockerStorage = 'https://docs.docker.com/engine/storage/drivers/';
export const buildkitMultiPlatform =
  'https://github.com/moby/buildkit/blob/master/docs/multi-platform.md';
export const dockerDesktopVmm = 'https://docs.docker.com/desktop/features/vmm/';
export const podmanMachine = 'https://docs.podman.io/en/latest/markdown/podman-machine.1.html';
export const microsoftContainersVsVms =
  'https://learn.microsoft.com/en-us/virtualization/windowscontainers/about/containers-vs-vm';
export const pythonImageVariants = 'https://hub.docker.com/_/python';
export const distroless = 'https://github.com/GoogleContainerTools/distroless';
/** Docker Desktop's settings: "Use Rosetta for x86_64/amd64 emulation on Apple Silicon". */
export const dockerDesktopSettings =
  'https://docs.docker.com/desktop/settings-and-maintenance/settings/';
/** Rosetta 2's speed measured against native code on the M1 (SPEC, AnandTech). */
export const rosetta = 'https://www.anandtech.com/show/16252/mac-mini-apple-m1-tested/6';
export const xenGuide = 'https://xenbits.xen.org/docs/latest/admin-guide/introduction.html';
/** Debian's Xen page: Debian installed first becomes Domain 0 when Xen is installed on it. */
export const debianXen = 'https://wiki.debian.org/Xen';
export const gcompat = 'https://git.adelielinux.org/adelie/gcompat';
export const alpineGlibc = 'https://wiki.alpinelinux.org/wiki/Running_glibc_programs';
export const firecracker = 'https://github.com/firecracker-microvm/firecracker';
export const gvisor = 'https://gvisor.dev/docs/';
/** VMware on ESXi run as a VM of Workstation, Fusion or ESXi: possible, for labs, not production. */
export const nestedEsxi = 'https://kb.vmware.com/kb/2009916';
/** VMware's "Running Nested VMs": tick "Virtualize Intel VT-x/EPT or AMD-V/RVI" for the outer VM. */
export const vmwareNestedVms = 'https://communities.vmware.com/docs/DOC-8970';
