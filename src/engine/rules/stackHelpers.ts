import type { Libc, LibcNeed } from '../figures';
import type { Placed } from '../graph/placed';
import type { Placement } from '../graph/placeDesign';
import type { BlockId } from '../ids';
import type { BlockKind } from '../kinds';

/** Where a block of each kind belongs, for "move it onto …" fixes. */
export const BELONGS_ON: Readonly<Record<BlockKind, string>> = {
  hardware: 'nothing (it is always the bottom)',
  os: 'a machine (as the host OS) or a hypervisor (as a guest OS)',
  hypervisor: 'a machine (type 1) or a host OS (type 2, KVM)',
  engine: 'an operating system',
  library: 'a container engine, another library layer, or an OS',
  app: 'its libraries, a container engine (static binaries) or an OS',
};

/** `roots` and every block stacked on them, roots first; safe on circles. */
export function stackIds(roots: readonly Placed[]): BlockId[] {
  const seen = new Set<Placed>();
  const out: BlockId[] = [];
  const queue = [...roots];
  // A queue: the loop also visits what is pushed onto it as it goes.
  for (const p of queue) {
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p.block.id);
    queue.push(...p.children);
  }
  return out;
}

/** The C library a block's own programs are linked against: an app's, or a layer's needs. */
export function neededLibc(p: Placed): LibcNeed {
  if (p.kind === 'app') return p.figures.libc;
  if (p.kind === 'library') return p.figures.needsLibc;
  return 'none';
}

export type LibcSource = { readonly libc: Libc; readonly provider: Placed };

/**
 * For every block, the C library available to it: the nearest layer below it that brings one,
 * else the OS's own (a natively installed program uses the system's C library). Reaching an
 * engine first means no layer of the image brings one: no C library at all. Runtime layers bring
 * none and are looked through. Computed parents-first in one pass, so a deep stack of layers costs
 * linear time.
 */
export function libcSources(placement: Placement): readonly (LibcSource | undefined)[] {
  const out = new Array<LibcSource | undefined>(placement.all.length);
  for (const p of placement.topDown) {
    const at = p.host;
    if (at === undefined) continue;
    if (at.kind === 'library')
      out[p.index] =
        at.figures.libc !== 'none' ? { libc: at.figures.libc, provider: at } : out[at.index];
    else if (at.kind === 'engine') out[p.index] = { libc: 'none', provider: at };
    else if (at.kind === 'os') out[p.index] = { libc: at.figures.libc, provider: at };
  }
  return out;
}
