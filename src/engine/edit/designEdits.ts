import type { Block, BlockOf, Design } from '../design';
import type { FiguresByKind } from '../figures';
import type { BlockId, VariantId } from '../ids';
import type { BlockKind } from '../kinds';
import { freshBlockId, stackOf } from './blockIds';

// Pure edits of a design. Each returns a new design and shares every block it did not touch, so
// the UI can tell cheaply what changed. Only a stack's bottom block keeps a position (x, y); the
// layout places everything stacked on it.

type Position = { x: number; y: number };

function mapBlocks(design: Design, f: (b: Block) => Block): Design {
  let changed = false;
  const blocks = design.blocks.map((b) => {
    const next = f(b);
    if (next !== b) changed = true;
    return next;
  });
  return changed ? { ...design, blocks } : design;
}

function withHost(block: Block, on: BlockId | undefined, at?: Position): Block {
  const { on: _on, x: _x, y: _y, ...rest } = block;
  return (on === undefined ? { ...rest, x: at?.x ?? 0, y: at?.y ?? 0 } : { ...rest, on }) as Block;
}

export type NewBlock<K extends BlockKind = BlockKind> = {
  kind: K;
  variant: VariantId;
  on?: BlockId;
  at?: Position;
  label?: string;
  props?: Partial<FiguresByKind[K]>;
};

/** Adds one block, on a host or standing alone at a position. */
export function addBlock(design: Design, spec: NewBlock): { design: Design; id: BlockId } {
  const id = freshBlockId(design, spec.variant);
  const block = {
    id,
    kind: spec.kind,
    variant: spec.variant,
    ...(spec.on === undefined ? { x: spec.at?.x ?? 0, y: spec.at?.y ?? 0 } : { on: spec.on }),
    ...(spec.label === undefined ? {} : { label: spec.label }),
    ...(spec.props === undefined || Object.keys(spec.props).length === 0
      ? {}
      : { props: spec.props }),
  } as Block;
  return { design: { ...design, blocks: [...design.blocks, block] }, id };
}

/**
 * Moves a block (with everything on it) onto another host. Refuses — returns `undefined` — when
 * the host is the block itself or stands on it, since a stack cannot run on its own top.
 */
export function rehostBlock(design: Design, id: BlockId, hostId: BlockId): Design | undefined {
  if (stackOf(design, id).has(hostId)) return undefined;
  if (!design.blocks.some((b) => b.id === hostId)) return undefined;
  return mapBlocks(design, (b) => (b.id === id && b.on !== hostId ? withHost(b, hostId) : b));
}

/** Takes a block (with everything on it) off its host; it stands alone at `at`. */
export function detachBlock(design: Design, id: BlockId, at: Position): Design {
  return mapBlocks(design, (b) => (b.id === id ? withHost(b, undefined, at) : b));
}

/** Moves a stand-alone block (and so its whole stack) to a new position. */
export function moveStack(design: Design, id: BlockId, at: Position): Design {
  return mapBlocks(design, (b) =>
    b.id === id && b.on === undefined && (b.x !== at.x || b.y !== at.y)
      ? { ...b, x: at.x, y: at.y }
      : b,
  );
}

/**
 * Deletes blocks. `stack`: with everything on them. `lift`: only them; what sat on a deleted block
 * moves down onto the nearest surviving block below it, or stands alone where it was.
 */
export function deleteBlocks(
  design: Design,
  ids: Iterable<BlockId>,
  how: 'stack' | 'lift',
): Design {
  const doomed = new Set<BlockId>();
  for (const id of ids) {
    if (how === 'stack') for (const s of stackOf(design, id)) doomed.add(s);
    else doomed.add(id);
  }
  if (doomed.size === 0) return design;
  const byId = new Map(design.blocks.map((b) => [b.id, b]));
  const survivingHost = (b: Block): Block | undefined => {
    const seen = new Set<BlockId>();
    let at = b.on === undefined ? undefined : byId.get(b.on);
    while (at && doomed.has(at.id) && !seen.has(at.id)) {
      seen.add(at.id);
      at = at.on === undefined ? undefined : byId.get(at.on);
    }
    return at && !doomed.has(at.id) ? at : undefined;
  };
  const blocks: Block[] = [];
  for (const b of design.blocks) {
    if (doomed.has(b.id)) continue;
    if (b.on === undefined || !doomed.has(b.on)) {
      blocks.push(b);
      continue;
    }
    const host = survivingHost(b);
    const removed = byId.get(b.on);
    blocks.push(withHost(b, host?.id, { x: removed?.x ?? 0, y: removed?.y ?? 0 }));
  }
  return { ...design, blocks };
}

/**
 * Copies blocks into the design under fresh ids. Hosts inside the copy are kept; a copied block
 * whose host was not copied goes onto `onto`, else next to its original (same host), else it
 * stands alone at `at`.
 */
export function insertCopies(
  design: Design,
  copies: readonly Block[],
  place: { onto?: BlockId; at: Position },
): { design: Design; ids: BlockId[] } {
  const taken = new Set<string>(design.blocks.map((b) => b.id));
  const exists = new Set<string>(taken);
  const rename = new Map<BlockId, BlockId>();
  for (const b of copies) rename.set(b.id, freshBlockId(design, b.variant, taken));
  let offset = 0;
  const added = copies.map((b) => {
    const id = rename.get(b.id) as BlockId;
    const inner = b.on === undefined ? undefined : rename.get(b.on);
    const host = inner ?? place.onto ?? (b.on !== undefined && exists.has(b.on) ? b.on : undefined);
    const at = { x: place.at.x + offset, y: place.at.y };
    if (host === undefined) offset += 200;
    return { ...withHost(b, host, at), id } as Block;
  });
  return {
    design: { ...design, blocks: [...design.blocks, ...added] },
    ids: added.map((b) => b.id),
  };
}

/** The blocks to copy for `ids`: each alone, or with everything stacked on it. */
export function blocksToCopy(design: Design, ids: Iterable<BlockId>, withStack: boolean): Block[] {
  const wanted = new Set<BlockId>();
  for (const id of ids) {
    if (withStack) for (const s of stackOf(design, id)) wanted.add(s);
    else wanted.add(id);
  }
  return design.blocks.filter((b) => wanted.has(b.id));
}

export function setLabel(design: Design, id: BlockId, label: string): Design {
  return mapBlocks(design, (b) => {
    if (b.id !== id || (b.label ?? '') === label) return b;
    if (label === '') {
      const { label: _label, ...rest } = b;
      return rest as Block;
    }
    return { ...b, label };
  });
}

/** Overrides one figure of a block (`undefined` resets it to the catalog value). */
export function setFigure<K extends BlockKind>(
  design: Design,
  id: BlockId,
  key: keyof FiguresByKind[K] & string,
  value: FiguresByKind[K][keyof FiguresByKind[K]] | undefined,
): Design {
  return mapBlocks(design, (b) => {
    if (b.id !== id) return b;
    const props: Record<string, unknown> = { ...(b.props as Record<string, unknown> | undefined) };
    if (props[key] === value) return b;
    if (value === undefined) delete props[key];
    else props[key] = value;
    const { props: _props, ...rest } = b as BlockOf<K>;
    return (Object.keys(props).length === 0 ? rest : { ...rest, props }) as Block;
  });
}

export function renameDesign(design: Design, name: string): Design {
  return design.name === name ? design : { ...design, name };
}
