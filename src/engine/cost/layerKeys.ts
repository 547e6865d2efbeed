import type { Placement } from '../graph/placeDesign';

/** Each block's layer key by its index in the design; −1 for blocks that are not a layer. */
export type LayerKeys = Int32Array;

/**
 * Gives every installed library block a layer key: two blocks get the same key exactly when they
 * are the same layer in the same layer store — same variant, same figures, on the same chain of
 * layers down to the same engine or OS (Docker's ChainID rule: only a common base prefix is
 * shared). Because the chain ends at one engine or OS, equal keys always share a kernel.
 *
 * Keys are small integers, interned parent-first, so a chain of any depth costs linear time.
 */
export function computeLayerKeys(placement: Placement): LayerKeys {
  const keys = new Int32Array(placement.all.length).fill(-1);
  // What is below (a parent layer's key ≥ 0, or −1 − index of the engine/OS) → what this layer is.
  const interned = new Map<number, Map<string, number>>();
  let count = 0;
  for (const p of placement.topDown) {
    if (p.kind !== 'library' || !p.runs || p.host === undefined) continue;
    const below = keys[p.host.index] ?? -1;
    const anchor = below >= 0 ? below : -1 - p.host.index;
    const f = p.figures;
    // Unchanged catalog figures are the variant's own object: its id says it all.
    const what =
      f === p.variant.figures
        ? p.variant.id
        : `${p.variant.id}|${f.family}|${f.arch}|${f.libc}|${f.needsLibc}|${f.memoryMiB}|${f.diskMiB}|${f.startMs}`;
    let onAnchor = interned.get(anchor);
    if (!onAnchor) interned.set(anchor, (onAnchor = new Map<string, number>()));
    let key = onAnchor.get(what);
    if (key === undefined) onAnchor.set(what, (key = count++));
    keys[p.index] = key;
  }
  return keys;
}
