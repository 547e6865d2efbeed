import type { Block, Design } from './design';

function sameProps(a: Block['props'], b: Block['props']): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Reflect.get(a, k) === Reflect.get(b, k));
}

/**
 * True when two designs evaluate to the same report: same blocks, kinds, variants, hosts, labels
 * and figures, in the same order. Positions are ignored — moving a stack changes nothing the
 * engine reports, so the report is not recomputed. Linear, and free when blocks are shared.
 */
export function sameStructure(a: Design, b: Design): boolean {
  if (a === b || a.blocks === b.blocks) return true;
  if (a.blocks.length !== b.blocks.length) return false;
  for (let i = 0; i < a.blocks.length; i++) {
    const x = a.blocks[i];
    const y = b.blocks[i];
    if (x === y) continue;
    if (x === undefined || y === undefined) return false;
    if (x.id !== y.id || x.kind !== y.kind || x.variant !== y.variant || x.on !== y.on)
      return false;
    if (x.label !== y.label || !sameProps(x.props, y.props)) return false;
  }
  return true;
}
