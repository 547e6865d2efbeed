import type { EngineFigures } from '../figures';
import { defineVariant } from './defineVariant';

// What most engines share: Linux containers straight on the host's kernel, no hidden VM, no
// emulation, no user-space kernel. Each entry says how it differs.
const ENGINE_DEFAULTS = {
  family: 'linux',
  linuxVm: false,
  vmMemoryMiB: 0,
  vmDiskMiB: 0,
  emulates: false,
  userSpaceKernel: false,
} as const satisfies Partial<EngineFigures>;

type Own = Omit<EngineFigures, keyof typeof ENGINE_DEFAULTS> & Partial<EngineFigures>;
const engine = (own: Own): EngineFigures => ({ ...ENGINE_DEFAULTS, ...own });

export const ENGINES = [
  defineVariant<'engine'>({
    id: 'docker',
    kind: 'engine',
    label: 'Docker Engine',
    // containerd RSS ≈ 57–62 MiB; shim ≈ 5 MiB per container; start ≈ 568 ms on SSD.
    figures: engine({
      memoryMiB: 100,
      diskMiB: 400,
      startMs: 2000,
      perContainerMemoryMiB: 5,
      containerStartMs: 600,
      cpuOverheadPct: 1,
    }),
  }),
  defineVariant<'engine'>({
    id: 'podman',
    kind: 'engine',
    label: 'Podman',
    figures: engine({
      memoryMiB: 0,
      diskMiB: 150,
      startMs: 0,
      perContainerMemoryMiB: 5,
      containerStartMs: 600,
      cpuOverheadPct: 1,
    }),
  }),
  defineVariant<'engine'>({
    id: 'containerd',
    kind: 'engine',
    label: 'containerd',
    figures: engine({
      memoryMiB: 60,
      diskMiB: 100,
      startMs: 1000,
      perContainerMemoryMiB: 5,
      containerStartMs: 500,
      cpuOverheadPct: 1,
    }),
  }),
  defineVariant<'engine'>({
    id: 'docker-desktop',
    kind: 'engine',
    label: 'Docker Desktop',
    // A hidden Linux VM with a memory limit of half the machine (Docker's default; 8 GiB on a
    // 16 GiB Mac) and a 64 GiB virtual disk; inside it, its own small Linux and dockerd. Container
    // start measured 2.69× slower than native Linux (568 ms → ~1.5 s). On Apple silicon it runs
    // amd64 images through Rosetta, on x86 arm64 images through QEMU.
    figures: engine({
      memoryMiB: 512,
      diskMiB: 2048,
      startMs: 20000,
      perContainerMemoryMiB: 5,
      containerStartMs: 1500,
      cpuOverheadPct: 3,
      linuxVm: true,
      vmMemoryMiB: 8192,
      vmDiskMiB: 65536,
      emulates: true,
    }),
    fromMachine: { vmMemoryShare: 0.5 },
  }),
  defineVariant<'engine'>({
    id: 'podman-machine',
    kind: 'engine',
    label: 'Podman (podman machine)',
    // Podman on macOS and Windows: `podman machine init` makes a Fedora CoreOS VM, 2 GiB of
    // memory and a 100 GiB disk by default, and the containers run in it.
    figures: engine({
      memoryMiB: 400,
      diskMiB: 2048,
      startMs: 15000,
      perContainerMemoryMiB: 5,
      containerStartMs: 1500,
      cpuOverheadPct: 3,
      linuxVm: true,
      vmMemoryMiB: 2048,
      vmDiskMiB: 102400,
      emulates: true,
    }),
  }),
  defineVariant<'engine'>({
    id: 'gvisor',
    kind: 'engine',
    label: 'gVisor (runsc)',
    figures: engine({
      memoryMiB: 60,
      diskMiB: 100,
      startMs: 1000,
      perContainerMemoryMiB: 40,
      containerStartMs: 800,
      cpuOverheadPct: 5,
      userSpaceKernel: true,
    }),
  }),
  defineVariant<'engine'>({
    id: 'lxd',
    kind: 'engine',
    label: 'LXD (system containers)',
    figures: engine({
      memoryMiB: 50,
      diskMiB: 200,
      startMs: 1500,
      perContainerMemoryMiB: 100,
      containerStartMs: 2000,
      cpuOverheadPct: 1,
    }),
  }),
];
