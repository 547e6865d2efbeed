import type { Block, Design } from '../design';
import type { BlockId } from '../ids';
import { KIND_LABELS, type BlockKind } from '../kinds';

/** One step of a build-up: how many layers are shown, and what this step adds. */
export type BuildUpStep = { readonly depth: number; readonly adds: string };

/**
 * The layers of a design from the hardware upward, as a teacher tells the stack: first the
 * machines, then what runs on them, and so on. A block's layer is how far it sits above its
 * machine; blocks that stand on nothing come last, in a step of their own.
 */
export function buildUpLayers(design: Design): {
  depthOf: ReadonlyMap<BlockId, number>;
  steps: readonly BuildUpStep[];
} {
  const byId = new Map(design.blocks.map((b) => [b.id, b]));
  const depthOf = new Map<BlockId, number>();
  const depth = (block: Block): number => {
    const known = depthOf.get(block.id);
    if (known !== undefined) return known;
    // Walk down to the machine (bounded: a loop of hosts is cut by the loader already).
    let d = 0;
    let at: Block | undefined = block;
    const seen = new Set<BlockId>();
    while (at && at.kind !== 'hardware') {
      seen.add(at.id);
      const host: Block | undefined = at.on === undefined ? undefined : byId.get(at.on);
      if (!host || seen.has(host.id)) return Infinity;
      at = host;
      d++;
    }
    return at ? d : Infinity;
  };
  let max = 0;
  for (const b of design.blocks) {
    const d = depth(b);
    depthOf.set(b.id, d);
    if (Number.isFinite(d)) max = Math.max(max, d);
  }
  const floating = design.blocks.some((b) => !Number.isFinite(depthOf.get(b.id) ?? 0));
  if (floating)
    for (const b of design.blocks)
      if (!Number.isFinite(depthOf.get(b.id)!)) depthOf.set(b.id, max + 1);
  const last = floating ? max + 1 : max;
  const steps: BuildUpStep[] = [];
  for (let d = 0; d <= last && design.blocks.length > 0; d++) {
    const kinds = new Set<BlockKind>();
    for (const b of design.blocks) if (depthOf.get(b.id) === d) kinds.add(b.kind);
    const adds =
      floating && d === last
        ? 'Blocks not installed on anything'
        : [...kinds].map((k) => KIND_LABELS[k]).join(', ');
    steps.push({ depth: d, adds });
  }
  return { depthOf, steps };
}

/** The design as far as a step of its build-up: the lower layers only. */
export function designUpTo(
  design: Design,
  depthOf: ReadonlyMap<BlockId, number>,
  depth: number,
): Design {
  return {
    ...design,
    blocks: design.blocks.filter((b) => (depthOf.get(b.id) ?? 0) <= depth),
  };
}
