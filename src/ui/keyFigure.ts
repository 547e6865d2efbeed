import type { Arch, Figures, Variant } from '@/engine';
import { assertNeverKind } from './assertNeverKind';
import { formatMiB, formatMs } from '@/engine';

/**
 * Which build of an app runs: a pinned one says its CPU; a multi-arch one, in the palette, says
 * so, and on the canvas the build it takes from the CPU below it ("arm64 build"), so a block
 * never changes architecture silently.
 */
export function buildText(arch: unknown, build: Arch | undefined): string {
  if (arch !== 'any') return String(arch);
  return build === undefined ? 'multi-arch' : `${build} build`;
}

/** The one figure that says most about a block of each kind, for tiles and blocks. */
export function keyFigure(
  kind: Variant['kind'],
  figures: Figures,
  role?: string,
  build?: Arch,
): string {
  const f = figures as Record<string, unknown>;
  const mib = (k: string) => formatMiB(Number(f[k]));
  switch (kind) {
    case 'hardware':
      return `${mib('memoryMiB')} · ${String(f.arch)}${f.virtualization ? '' : ' · no VT-x'}`;
    case 'os':
      return role === 'guest-os'
        ? `VM ${mib('vmMemoryMiB')} · boots ${formatMs(Number(f.startMs))}`
        : `${mib('memoryMiB')} · boots ${formatMs(Number(f.startMs))}`;
    case 'hypervisor':
      return `type ${f.hypervisorType === 'kvm' ? '1 or 2 (KVM)' : String(f.hypervisorType)} · +${mib('perVmMemoryMiB')}/VM`;
    case 'engine':
      return `+${mib('perContainerMemoryMiB')}/container · ${formatMs(Number(f.containerStartMs))}`;
    case 'library': {
      // A base image brings its C library; a runtime brings none and runs on the one below.
      const libc =
        f.libc !== 'none'
          ? String(f.libc)
          : f.needsLibc === 'any'
            ? 'on any C library'
            : f.needsLibc === 'none'
              ? 'no C library'
              : `needs ${String(f.needsLibc)}`;
      return `${mib('diskMiB')} disk · ${libc}`;
    }
    case 'app':
      return `${mib('memoryMiB')} · ${buildText(f.arch, build)}`;
    default:
      return assertNeverKind(kind);
  }
}
