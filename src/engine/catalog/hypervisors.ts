import type { HypervisorFigures } from '../figures';
import { defineVariant } from './defineVariant';

// What most hypervisors share: no privileged control domain, not run as a VM of another one,
// nested virtualization off, hardware virtualization needed, no emulation. Each entry says how
// it differs.
const HYPERVISOR_DEFAULTS = {
  needsVirtualization: true,
  emulates: false,
  nestedVirtualization: false,
  controlDomain: 'none',
  controlDomainMemoryMiB: 0,
  controlDomainDiskMiB: 0,
  controlDomainStartMs: 0,
  vmMemoryMiB: 0,
  vmDiskMiB: 0,
} as const satisfies Partial<HypervisorFigures>;

type Own = Omit<HypervisorFigures, keyof typeof HYPERVISOR_DEFAULTS> & Partial<HypervisorFigures>;
const hypervisor = (own: Own): HypervisorFigures => ({ ...HYPERVISOR_DEFAULTS, ...own });

export const HYPERVISORS = [
  defineVariant<'hypervisor'>({
    id: 'esxi',
    kind: 'hypervisor',
    label: 'VMware ESXi',
    // Per-VM overhead: VMware's sample table, 1 vCPU / 1 GiB ≈ 26 MB. Run as a VM (a nested lab
    // in VMware Workstation), ESXi 8 asks for at least 8 GB of memory.
    figures: hypervisor({
      hypervisorType: '1',
      memoryMiB: 1024,
      diskMiB: 8192,
      startMs: 60000,
      perVmMemoryMiB: 26,
      cpuOverheadPct: 3,
      vmMemoryMiB: 8192,
      vmDiskMiB: 32768,
    }),
  }),
  defineVariant<'hypervisor'>({
    id: 'xen',
    kind: 'hypervisor',
    label: 'Xen',
    // Xen itself is small and has no drivers: Dom0, a privileged Linux, does every guest's I/O.
    // Installed from a distribution's packages, that distribution becomes Dom0; on bare metal
    // the Dom0 it needs is charged as its control domain.
    figures: hypervisor({
      hypervisorType: '1',
      memoryMiB: 128,
      diskMiB: 64,
      startMs: 20000,
      perVmMemoryMiB: 30,
      cpuOverheadPct: 3,
      controlDomain: 'linux',
      controlDomainMemoryMiB: 1024,
      controlDomainDiskMiB: 4096,
      controlDomainStartMs: 8800,
      vmMemoryMiB: 2048,
      vmDiskMiB: 8192,
    }),
  }),
  defineVariant<'hypervisor'>({
    id: 'hyper-v',
    kind: 'hypervisor',
    label: 'Microsoft Hyper-V',
    // Type 1: Windows runs above it as the root partition. Turned on in Windows, that Windows is
    // the root partition; on bare metal the root partition is a Server Core (512 MB, 32 GB disk).
    figures: hypervisor({
      hypervisorType: '1',
      memoryMiB: 512,
      diskMiB: 1024,
      startMs: 30000,
      perVmMemoryMiB: 30,
      cpuOverheadPct: 3,
      controlDomain: 'windows',
      controlDomainMemoryMiB: 512,
      controlDomainDiskMiB: 32768,
      controlDomainStartMs: 45000,
      vmMemoryMiB: 4096,
      vmDiskMiB: 40960,
    }),
  }),
  defineVariant<'hypervisor'>({
    id: 'kvm',
    kind: 'hypervisor',
    label: 'KVM + QEMU',
    // QEMU's per-VM memory overhead as compared in the Firecracker paper (~131 MB).
    figures: hypervisor({
      hypervisorType: 'kvm',
      memoryMiB: 20,
      diskMiB: 50,
      startMs: 1000,
      perVmMemoryMiB: 131,
      cpuOverheadPct: 3,
      nestedVirtualization: true,
    }),
  }),
  defineVariant<'hypervisor'>({
    id: 'virtualbox',
    kind: 'hypervisor',
    label: 'VirtualBox',
    figures: hypervisor({
      hypervisorType: '2',
      memoryMiB: 150,
      diskMiB: 300,
      startMs: 3000,
      perVmMemoryMiB: 100,
      cpuOverheadPct: 5,
    }),
  }),
  defineVariant<'hypervisor'>({
    id: 'vmware-workstation',
    kind: 'hypervisor',
    label: 'VMware Workstation',
    figures: hypervisor({
      hypervisorType: '2',
      memoryMiB: 200,
      diskMiB: 600,
      startMs: 3000,
      perVmMemoryMiB: 100,
      cpuOverheadPct: 5,
    }),
  }),
  defineVariant<'hypervisor'>({
    id: 'firecracker',
    kind: 'hypervisor',
    label: 'Firecracker',
    figures: hypervisor({
      hypervisorType: 'kvm',
      memoryMiB: 0,
      diskMiB: 5,
      startMs: 12,
      perVmMemoryMiB: 5,
      cpuOverheadPct: 5,
    }),
  }),
  defineVariant<'hypervisor'>({
    id: 'qemu-emulation',
    kind: 'hypervisor',
    label: 'QEMU (emulation)',
    figures: hypervisor({
      hypervisorType: '2',
      memoryMiB: 0,
      diskMiB: 50,
      startMs: 1000,
      perVmMemoryMiB: 131,
      cpuOverheadPct: 900,
      needsVirtualization: false,
      emulates: true,
    }),
  }),
];
