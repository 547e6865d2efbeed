import { findVariant } from '../catalog';
import type { Design } from '../design';
import type { Arch } from '../figures';
import type { BlockId } from '../ids';

/**
 * The CPU architecture a new OS or app placed on `hostId` should be built for: that of the nearest
 * OS below (or of the machine). Most real images and distributions are multi-platform, so a student
 * who drops Ubuntu on an Arm server gets the arm64 build, as `docker pull` would.
 */
export function inheritedArch(design: Design, hostId: BlockId | undefined): Arch | undefined {
  const byId = new Map(design.blocks.map((b) => [b.id as string, b]));
  const seen = new Set<string>();
  for (let id = hostId as string | undefined; id !== undefined && !seen.has(id);) {
    seen.add(id);
    const b = byId.get(id);
    if (!b) return undefined;
    if (b.kind === 'os' || b.kind === 'hardware') {
      const props = b.props as { arch?: Arch } | undefined;
      const variant = findVariant(b.kind, b.variant);
      return props?.arch ?? (variant?.figures.arch as Arch | undefined);
    }
    id = b.on;
  }
  return undefined;
}
