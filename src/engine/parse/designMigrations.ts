import { findVariant } from '../catalog';
import { isBlockKind } from '../kinds';
import type { Migration } from '../read/openFormat';
import { isRecord, ownValue, type RawRecord as Raw } from '../read/fields';

/** The blocks of a raw design, by id (only entries that look like blocks with a string id). */
function blocksById(blocks: readonly unknown[]): Map<string, Raw> {
  const byId = new Map<string, Raw>();
  for (const b of blocks) {
    if (!isRecord(b)) continue;
    const id = ownValue(b, 'id');
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, b);
  }
  return byId;
}

/** The CPU of the machine at the bottom of a block's stack, as version 1 saw it (or undefined). */
function machineArch(block: Raw, byId: ReadonlyMap<string, Raw>): unknown {
  const seen = new Set<Raw>();
  for (let at: Raw | undefined = block; at !== undefined && !seen.has(at);) {
    seen.add(at);
    if (ownValue(at, 'kind') === 'hardware') {
      const props = ownValue(at, 'props');
      const own = isRecord(props) ? ownValue(props, 'arch') : undefined;
      const variant = ownValue(at, 'variant');
      return (
        own ??
        (typeof variant === 'string' ? findVariant('hardware', variant)?.figures.arch : undefined)
      );
    }
    const on = ownValue(at, 'on');
    at = typeof on === 'string' ? byId.get(on) : undefined;
  }
  return undefined;
}

/** A block's props as a fresh object it owns (the migration works on a copy anyway). */
function propsOf(block: Raw): Raw | undefined {
  const props = ownValue(block, 'props');
  return isRecord(props) ? props : undefined;
}

/**
 * Version 1 → 2.
 * - Version 1 gave every OS and app one fixed architecture, and the editor pinned a block to its
 *   machine's CPU when it was dropped there. Version 2 makes them multi-arch: a pin equal to the
 *   machine's own CPU was that automatic pin, and is dropped (the block now takes the CPU it runs
 *   on); a pin that differs from the machine (the arm64 image on an x86 server) was the student's
 *   and stays.
 * - Version 1 wrote a runtime layer's C library as `libc`; version 2 says a runtime brings none
 *   and `needsLibc` the one it was built for: a runtime's `libc` moves to `needsLibc`.
 */
export const designV1toV2: Migration = (doc) => {
  const blocks = ownValue(doc, 'blocks');
  if (!Array.isArray(blocks)) return doc;
  const byId = blocksById(blocks);
  for (const block of byId.values()) {
    const kind = ownValue(block, 'kind');
    const props = propsOf(block);
    if (props === undefined || !isBlockKind(kind)) continue;
    if ((kind === 'os' || kind === 'app') && ownValue(props, 'arch') !== undefined) {
      if (ownValue(props, 'arch') === machineArch(block, byId)) delete props.arch;
    }
    const variant = ownValue(block, 'variant');
    const runtime =
      kind === 'library' && typeof variant === 'string'
        ? findVariant('library', variant)
        : undefined;
    if (runtime?.figures.libc === 'none' && runtime.figures.needsLibc !== 'none') {
      const libc = ownValue(props, 'libc');
      if (libc !== undefined) {
        delete props.libc;
        if (ownValue(props, 'needsLibc') === undefined) props.needsLibc = libc;
      }
    }
    if (Object.keys(props).length === 0) delete block.props;
  }
  return doc;
};

/** The design format's history, oldest first: `DESIGN_MIGRATIONS[v - 1]` turns v into v + 1. */
export const DESIGN_MIGRATIONS: readonly Migration[] = [designV1toV2];
