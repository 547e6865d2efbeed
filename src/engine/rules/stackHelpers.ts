import type { Libc } from '../figures';
import type { Placed } from '../graph/placed';
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
  for (let i = 0; i < queue.length; i++) {
    const p = queue[i] as Placed;
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p.block.id);
    queue.push(...p.children);
  }
  return out;
}

/** The C library a block's own programs are linked against: an app's, or a layer's needs. */
export function neededLibc(p: Placed): Libc {
  if (p.kind === 'app') return p.figures.libc;
  if (p.kind === 'library') return p.figures.needsLibc;
  return 'none';
}

/**
 * The C library available to a block: the nearest layer below it that brings one, else the OS's
 * own (a natively installed program uses the system's C library). Reaching an engine first means
 * no layer of the image brings one: no C library at all. Runtime layers bring none and are
 * looked through.
 */
export function providedLibc(p: Placed): { libc: Libc; provider: Placed } | undefined {
  for (let at = p.host; at !== undefined; at = at.host) {
    if (at.kind === 'library' && at.figures.libc !== 'none')
      return { libc: at.figures.libc, provider: at };
    if (at.kind === 'engine') return { libc: 'none', provider: at };
    if (at.kind === 'os') return { libc: at.figures.libc, provider: at };
    if (at.kind !== 'library') return undefined;
  }
  return undefined;
}
