import type { BlockKind } from './kinds';

// Every enumerated figure's values live in one table each, below: the types are derived from
// them, and the parser, the Inspector and the goal editor all read the same tables.

/** CPU instruction sets. A program only runs on the CPU language it was built for. */
export const ARCHES = ['x86_64', 'arm64'] as const;
export type Arch = (typeof ARCHES)[number];
/**
 * What an OS, a layer or an app is built for: one CPU, or `any` for a multi-arch release (every
 * Linux distribution, every official image) that takes the build for the CPU it runs on, as
 * `docker pull` and a distribution's installer do. `any` first: it is what a student gets.
 */
export const BUILD_ARCHES = ['any', ...ARCHES] as const;
export type BuildArch = (typeof BUILD_ARCHES)[number];
/** Kernel families: what an OS is, and what an engine, library or app needs below it. */
export const OS_FAMILIES = ['linux', 'windows', 'macos'] as const;
export type OsFamily = (typeof OS_FAMILIES)[number];
/** The C library a program was linked against, or that a layer provides. `none` = static / no libc. */
export const LIBCS = ['glibc', 'musl', 'none'] as const;
export type Libc = (typeof LIBCS)[number];
/**
 * What a layer's own programs need below them: one C library, none, or `any` for a runtime
 * released for both (python, node and the JRE have official glibc and musl builds: it takes the
 * build for the C library it lands on, as multi-arch images take the CPU's).
 */
export const LIBC_NEEDS = ['any', ...LIBCS] as const;
export type LibcNeed = (typeof LIBC_NEEDS)[number];
/** `1` = bare metal, `2` = hosted, `kvm` = Linux kernel module (its type is disputed). */
export const HYPERVISOR_TYPES = ['1', '2', 'kvm'] as const;
export type HypervisorType = (typeof HYPERVISOR_TYPES)[number];
/**
 * The privileged OS a type 1 hypervisor hands its drivers to: Hyper-V's root partition is
 * Windows, Xen's Dom0 is Linux, ESXi needs none. A type 1 hypervisor installed *on* an OS of
 * that family slides underneath it, and the OS becomes that privileged VM.
 */
export const CONTROL_DOMAINS = ['none', 'linux', 'windows'] as const;
export type ControlDomain = (typeof CONTROL_DOMAINS)[number];

export type HardwareFigures = {
  /** Installed memory (capacity), MiB. */
  memoryMiB: number;
  /** Disk capacity, MiB. */
  diskMiB: number;
  cores: number;
  arch: Arch;
  /** CPU virtualization extensions (Intel VT-x / AMD-V / Arm EL2) present and enabled. */
  virtualization: boolean;
};

export type OsFigures = {
  family: OsFamily;
  arch: BuildArch;
  /** The C library the OS's own userland provides to natively installed programs. */
  libc: Libc;
  /** What the OS itself needs resident, MiB. */
  memoryMiB: number;
  /** The OS's own footprint on disk, MiB. */
  diskMiB: number;
  /** Boot time, ms. */
  startMs: number;
  /** As a guest: the memory the VM is given (the host pays all of it, used or not), MiB. */
  vmMemoryMiB: number;
  /** As a guest: the virtual disk the VM is given, MiB. */
  vmDiskMiB: number;
};

export type HypervisorFigures = {
  hypervisorType: HypervisorType;
  memoryMiB: number;
  diskMiB: number;
  startMs: number;
  /** Extra host memory each VM costs beyond its allocation (page tables, device emulation), MiB. */
  perVmMemoryMiB: number;
  /** Extra CPU time a guest pays, percent (3 = 3 % slower; 900 = ten times slower). */
  cpuOverheadPct: number;
  /** Needs the CPU's virtualization extensions. */
  needsVirtualization: boolean;
  /** Can run a guest built for another CPU architecture (by translating every instruction). */
  emulates: boolean;
  /** Passes the virtualization extensions on to its guests, so a guest can run a hypervisor. */
  nestedVirtualization: boolean;
  /** Type 1 only: the privileged OS its drivers live in (root partition, Dom0), if any. */
  controlDomain: ControlDomain;
  /** Memory that privileged OS needs when the hypervisor is installed on bare metal, MiB. */
  controlDomainMemoryMiB: number;
  /** Disk that privileged OS needs when the hypervisor is installed on bare metal, MiB. */
  controlDomainDiskMiB: number;
  /** Boot time of that privileged OS, which must be up before any guest starts, ms. */
  controlDomainStartMs: number;
  /** Type 1 run as a VM of another hypervisor (a nested lab): the memory that VM is given, MiB. */
  vmMemoryMiB: number;
  /** Type 1 run as a VM of another hypervisor: the virtual disk that VM is given, MiB. */
  vmDiskMiB: number;
};

export type EngineFigures = {
  /** The kernel family the engine's containers need. */
  family: OsFamily;
  memoryMiB: number;
  diskMiB: number;
  startMs: number;
  /** Memory each running container costs on top of its app (the shim), MiB. */
  perContainerMemoryMiB: number;
  /** Time to start one container from an image that is already present, ms. */
  containerStartMs: number;
  /** CPU overhead for processes in its containers, percent. */
  cpuOverheadPct: number;
  /** Brings its own hidden Linux VM (Docker Desktop, Podman's `podman machine`). */
  linuxVm: boolean;
  /** The hidden VM's memory limit: its containers must fit in it, and the machine pays it, MiB. */
  vmMemoryMiB: number;
  /** The hidden VM's virtual disk, MiB. */
  vmDiskMiB: number;
  /** Can run images built for another CPU architecture through user-mode emulation. */
  emulates: boolean;
  /** Runs each container on a kernel of its own in user space (gVisor): one more hop for I/O. */
  userSpaceKernel: boolean;
};

export type LibraryFigures = {
  family: OsFamily;
  arch: BuildArch;
  /**
   * The C library this layer brings (a base image, glibc, musl, a compatibility layer), which
   * what sits on it links against; `none` for a layer that brings none (a language runtime).
   */
  libc: Libc;
  /**
   * The C library this layer's own programs need from the layers below: `any` for a runtime with
   * builds for both, one of them for a build pinned to it, `none` for a layer that brings its own
   * or needs none (a base image).
   */
  needsLibc: LibcNeed;
  /** Resident memory when loaded (page cache), MiB. */
  memoryMiB: number;
  /** Size on disk (uncompressed), MiB. */
  diskMiB: number;
  startMs: number;
};

export type AppFigures = {
  family: OsFamily;
  /** `any` for a multi-arch image (official images are); one CPU for an image built on one machine. */
  arch: BuildArch;
  /** The C library the app was linked against; `none` for a static binary. */
  libc: Libc;
  memoryMiB: number;
  diskMiB: number;
  startMs: number;
};

/** The figures of each kind, by kind. */
export type FiguresByKind = {
  hardware: HardwareFigures;
  os: OsFigures;
  hypervisor: HypervisorFigures;
  engine: EngineFigures;
  library: LibraryFigures;
  app: AppFigures;
};

export type Figures = FiguresByKind[BlockKind];

/** The name of a figure of any kind (`memoryMiB`, `hypervisorType`…). */
export type FigureKey = { [K in BlockKind]: keyof FiguresByKind[K] & string }[BlockKind];
