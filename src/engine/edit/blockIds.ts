import type { Design } from '../design';
import { asBlockId, type BlockId } from '../ids';

/** A fresh id for a new block, readable and unique in `design` (`docker`, `docker-2`, …). */
export function freshBlockId(design: Design, base: string, taken?: Set<string>): BlockId {
  const used = taken ?? new Set<string>(design.blocks.map((b) => b.id));
  const clean = base.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40) || 'block';
  let id = clean;
  for (let n = 2; used.has(id); n++) id = `${clean}-${n}`;
  used.add(id);
  return asBlockId(id);
}

/** `id` and every block stacked on it, directly or not, in design order. */
export function stackOf(design: Design, id: BlockId): Set<BlockId> {
  const children = new Map<BlockId, BlockId[]>();
  for (const b of design.blocks) {
    if (b.on === undefined) continue;
    const list = children.get(b.on);
    if (list) list.push(b.id);
    else children.set(b.on, [b.id]);
  }
  const out = new Set<BlockId>([id]);
  const todo = [id];
  for (let at = todo.pop(); at !== undefined; at = todo.pop()) {
    for (const child of children.get(at) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        todo.push(child);
      }
    }
  }
  return out;
}
