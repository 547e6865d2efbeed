import {
  ARCHES,
  BUILD_ARCHES,
  CONTROL_DOMAINS,
  HYPERVISOR_TYPES,
  LIBC_NEEDS,
  LIBCS,
  OS_FAMILIES,
  type FiguresByKind,
} from './figures';
import type { BlockKind } from './kinds';

/** The unit a numeric figure is measured in. */
export type FigureUnit = 'MiB' | 'ms' | '%' | 'cores';

/** How one figure is validated, edited and shown. */
export type FigureSpec<F> =
  | { key: keyof F & string; type: 'number'; unit: FigureUnit; label: string; max: number }
  | { key: keyof F & string; type: 'enum'; values: readonly string[]; label: string }
  | { key: keyof F & string; type: 'bool'; label: string };

/** The spec of a figure of any kind (its key a `FigureKey`). */
export type AnyFigureSpec = { [K in BlockKind]: FigureSpec<FiguresByKind[K]> }[BlockKind];

/**
 * A figure as an editor gives it: a number, one of the choices, yes or no. An edit reads it as
 * the parser reads a file, for the block's own kind: a value it would refuse changes nothing.
 */
export type FigureInput = number | string | boolean;

/** Upper bounds that keep every sum finite: anything larger is a typo or an attack. */
export const FIGURE_LIMITS = {
  /** 1 PiB in MiB. */
  MiB: 1024 ** 3,
  /** About 11 days. */
  ms: 1e9,
  /** A thousand times slower is already absurd. */
  '%': 100_000,
  cores: 100_000,
} as const satisfies Record<FigureUnit, number>;

function num<F>(key: keyof F & string, unit: FigureUnit, label: string): FigureSpec<F> {
  return { key, type: 'number', unit, label, max: FIGURE_LIMITS[unit] };
}

/** Every figure of every kind, in the order the inspector shows them. */
export const FIGURE_SPECS: { readonly [K in BlockKind]: readonly FigureSpec<FiguresByKind[K]>[] } =
  {
    hardware: [
      num('memoryMiB', 'MiB', 'Memory'),
      num('diskMiB', 'MiB', 'Disk'),
      num('cores', 'cores', 'CPU cores'),
      { key: 'arch', type: 'enum', values: ARCHES, label: 'CPU architecture' },
      { key: 'virtualization', type: 'bool', label: 'Virtualization extensions (VT-x / AMD-V)' },
    ],
    os: [
      { key: 'family', type: 'enum', values: OS_FAMILIES, label: 'Kernel family' },
      { key: 'arch', type: 'enum', values: BUILD_ARCHES, label: 'Built for (any = multi-arch)' },
      { key: 'libc', type: 'enum', values: LIBCS, label: 'C library' },
      num('memoryMiB', 'MiB', 'Memory it needs'),
      num('diskMiB', 'MiB', 'Disk it needs'),
      num('startMs', 'ms', 'Boot time'),
      num('vmMemoryMiB', 'MiB', 'VM memory allocation (as a guest)'),
      num('vmDiskMiB', 'MiB', 'VM disk allocation (as a guest)'),
    ],
    hypervisor: [
      { key: 'hypervisorType', type: 'enum', values: HYPERVISOR_TYPES, label: 'Hypervisor type' },
      num('memoryMiB', 'MiB', 'Memory it needs'),
      num('diskMiB', 'MiB', 'Disk it needs'),
      num('startMs', 'ms', 'Start time'),
      num('perVmMemoryMiB', 'MiB', 'Memory overhead per VM'),
      num('cpuOverheadPct', '%', 'CPU overhead for guests'),
      { key: 'needsVirtualization', type: 'bool', label: 'Needs virtualization extensions' },
      { key: 'emulates', type: 'bool', label: 'Can emulate another CPU architecture' },
      {
        key: 'nestedVirtualization',
        type: 'bool',
        label: 'Exposes virtualization to guests (nested)',
      },
      {
        key: 'controlDomain',
        type: 'enum',
        values: CONTROL_DOMAINS,
        label: 'Privileged OS for its drivers (type 1)',
      },
      num('controlDomainMemoryMiB', 'MiB', 'Memory of that privileged OS (on bare metal)'),
      num('controlDomainDiskMiB', 'MiB', 'Disk of that privileged OS (on bare metal)'),
      num('controlDomainStartMs', 'ms', 'Boot time of that privileged OS (on bare metal)'),
      num('vmMemoryMiB', 'MiB', 'VM memory allocation (when run as a VM)'),
      num('vmDiskMiB', 'MiB', 'VM disk allocation (when run as a VM)'),
    ],
    engine: [
      { key: 'family', type: 'enum', values: OS_FAMILIES, label: 'Kernel its containers need' },
      num('memoryMiB', 'MiB', 'Memory it needs'),
      num('diskMiB', 'MiB', 'Disk it needs'),
      num('startMs', 'ms', 'Start time'),
      num('perContainerMemoryMiB', 'MiB', 'Memory overhead per container'),
      num('containerStartMs', 'ms', 'Time to start a container'),
      num('cpuOverheadPct', '%', 'CPU overhead for containers'),
      { key: 'linuxVm', type: 'bool', label: 'Runs its own hidden Linux VM' },
      num('vmMemoryMiB', 'MiB', 'Hidden VM memory limit'),
      num('vmDiskMiB', 'MiB', 'Hidden VM disk'),
      { key: 'emulates', type: 'bool', label: 'Can emulate another CPU architecture' },
      { key: 'userSpaceKernel', type: 'bool', label: 'Puts a user-space kernel in each container' },
    ],
    library: [
      { key: 'family', type: 'enum', values: OS_FAMILIES, label: 'Kernel family' },
      { key: 'arch', type: 'enum', values: BUILD_ARCHES, label: 'Built for (any = multi-arch)' },
      { key: 'libc', type: 'enum', values: LIBCS, label: 'C library it brings' },
      {
        key: 'needsLibc',
        type: 'enum',
        values: LIBC_NEEDS,
        label: 'C library it needs below (any = either)',
      },
      num('memoryMiB', 'MiB', 'Memory when loaded'),
      num('diskMiB', 'MiB', 'Size on disk'),
      num('startMs', 'ms', 'Load time'),
    ],
    app: [
      { key: 'family', type: 'enum', values: OS_FAMILIES, label: 'Kernel family' },
      { key: 'arch', type: 'enum', values: BUILD_ARCHES, label: 'Built for (any = multi-arch)' },
      { key: 'libc', type: 'enum', values: LIBCS, label: 'C library it needs' },
      num('memoryMiB', 'MiB', 'Memory'),
      num('diskMiB', 'MiB', 'Disk'),
      num('startMs', 'ms', 'Start time'),
    ],
  };
