import { defineVariant } from './defineVariant';
import { SOURCES } from './sources';

export const ENGINES = [
  defineVariant<'engine'>({
    id: 'docker',
    kind: 'engine',
    label: 'Docker Engine',
    description:
      'The classic container engine (dockerd + containerd + runc) on a Linux kernel. Each container is an isolated process of the host kernel, costing only a small shim on top of the app.',
    // containerd RSS ≈ 57–62 MiB; shim ≈ 5 MiB per container; start ≈ 568 ms on SSD.
    figures: {
      family: 'linux',
      memoryMiB: 100,
      diskMiB: 400,
      startMs: 2000,
      perContainerMemoryMiB: 5,
      containerStartMs: 600,
      cpuOverheadPct: 1,
      linuxVm: false,
      emulates: false,
    },
    estimates: ['memoryMiB', 'diskMiB', 'startMs'],
    sources: [SOURCES.containerdMemory, SOURCES.containerStart, SOURCES.felter],
  }),
  defineVariant<'engine'>({
    id: 'podman',
    kind: 'engine',
    label: 'Podman',
    description:
      'A daemonless container engine: no background service, each container is supervised by a tiny monitor process. Like Docker it needs a Linux kernel; on a Mac it starts a Linux VM.',
    figures: {
      family: 'linux',
      memoryMiB: 0,
      diskMiB: 150,
      startMs: 0,
      perContainerMemoryMiB: 5,
      containerStartMs: 600,
      cpuOverheadPct: 1,
      linuxVm: false,
      emulates: false,
    },
    estimates: ['diskMiB', 'perContainerMemoryMiB', 'containerStartMs'],
    sources: [SOURCES.podmanMachine],
  }),
  defineVariant<'engine'>({
    id: 'containerd',
    kind: 'engine',
    label: 'containerd',
    description:
      'The container runtime underneath Docker and most Kubernetes clusters, used on its own. It pulls images, unpacks their layers once, and starts containers from them.',
    figures: {
      family: 'linux',
      memoryMiB: 60,
      diskMiB: 100,
      startMs: 1000,
      perContainerMemoryMiB: 5,
      containerStartMs: 500,
      cpuOverheadPct: 1,
      linuxVm: false,
      emulates: false,
    },
    estimates: ['diskMiB', 'startMs', 'containerStartMs'],
    sources: [SOURCES.containerdMemory, SOURCES.containerStart],
  }),
  defineVariant<'engine'>({
    id: 'docker-desktop',
    kind: 'engine',
    label: 'Docker Desktop',
    description:
      "Docker for macOS and Windows. It quietly boots a Linux VM and runs your containers inside it, because Linux containers need a Linux kernel; the VM's memory is part of its cost.",
    // The hidden VM is charged as its memory here (docs: a VM of at least 4 GB is advised; 2 GiB
    // is a small setting). Container start measured 2.69× slower than native Linux (568 ms → ~1.5 s).
    figures: {
      family: 'linux',
      memoryMiB: 2048,
      diskMiB: 8192,
      startMs: 20000,
      perContainerMemoryMiB: 5,
      containerStartMs: 1500,
      cpuOverheadPct: 3,
      linuxVm: true,
      emulates: true,
    },
    estimates: ['memoryMiB', 'diskMiB', 'startMs', 'cpuOverheadPct'],
    sources: [SOURCES.dockerDesktopVmm, SOURCES.dockerDesktopSettings, SOURCES.containerStart],
  }),
  defineVariant<'engine'>({
    id: 'gvisor',
    kind: 'engine',
    label: 'gVisor (runsc)',
    description:
      'A sandboxed runtime that puts a small kernel written in Go between each container and the host kernel. A stronger wall than a plain container, paid for with slower system calls.',
    figures: {
      family: 'linux',
      memoryMiB: 60,
      diskMiB: 100,
      startMs: 1000,
      perContainerMemoryMiB: 40,
      containerStartMs: 800,
      cpuOverheadPct: 5,
      linuxVm: false,
      emulates: false,
    },
    estimates: [
      'diskMiB',
      'startMs',
      'perContainerMemoryMiB',
      'containerStartMs',
      'cpuOverheadPct',
    ],
    sources: [SOURCES.gvisor, SOURCES.gvisorPlatforms],
  }),
  defineVariant<'engine'>({
    id: 'lxd',
    kind: 'engine',
    label: 'LXD (system containers)',
    description:
      'Runs whole Linux systems as containers, each with its own init and services, still on the host kernel. It feels like a light VM but shares the kernel like a container.',
    figures: {
      family: 'linux',
      memoryMiB: 50,
      diskMiB: 200,
      startMs: 1500,
      perContainerMemoryMiB: 100,
      containerStartMs: 2000,
      cpuOverheadPct: 1,
      linuxVm: false,
      emulates: false,
    },
    estimates: ['memoryMiB', 'diskMiB', 'startMs', 'perContainerMemoryMiB', 'containerStartMs'],
    sources: [SOURCES.lxd],
  }),
];
