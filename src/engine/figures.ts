import type { BlockKind } from './kinds';

/** CPU instruction set. A program only runs on the CPU language it was built for. */
export type Arch = 'x86_64' | 'arm64';
/** Libraries may be built for every architecture (a multi-platform image): `any`. */
export type LibraryArch = Arch | 'any';
/** Kernel family: what an OS is, and what an engine, library or app needs below it. */
export type OsFamily = 'linux' | 'windows' | 'macos';
/** The C library a program was linked against, or that a layer provides. `none` = static / no libc. */
export type Libc = 'glibc' | 'musl' | 'none';
/** `1` = bare metal, `2` = hosted, `kvm` = Linux kernel module (its type is disputed). */
export type HypervisorType = '1' | '2' | 'kvm';

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
  arch: Arch;
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
  /** Brings its own hidden Linux VM (Docker Desktop on macOS/Windows). */
  linuxVm: boolean;
  /** Can run images built for another CPU architecture through user-mode emulation. */
  emulates: boolean;
};

export type LibraryFigures = {
  family: OsFamily;
  arch: LibraryArch;
  /** The C library this layer is built on (and provides to what sits on it). */
  libc: Libc;
  /** Resident memory when loaded (page cache), MiB. */
  memoryMiB: number;
  /** Size on disk (uncompressed), MiB. */
  diskMiB: number;
  startMs: number;
};

export type AppFigures = {
  family: OsFamily;
  arch: Arch;
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
