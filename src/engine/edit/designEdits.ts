import type { Block, Design } from '../design';
import type { FigureKey, FiguresByKind } from '../figures';
import type { FigureInput } from '../figureSpecs';
import type { BlockId, VariantId } from '../ids';
import type { BlockKind } from '../kinds';
import { clampCoordinate } from '../parse/limits';
import { readProps } from '../parse/readProps';
import { ownValue } from '../read/fields';
import { cleanText } from '../parse/text';
import { freshBlockId, stackOf } from './blockIds';

// Pure edits of a design. Each returns a new design and shares every block it did not touch, so
// the UI can tell cheaply what changed. Only a stack's bottom block keeps a position (x, y); the
// layout places everything stacked on it.
//
// Every value an edit writes goes through the parser's own rules (text, positions, figures), so
// whatever edits a student makes, the design saves and reads back exactly as it is.

type Position = { x: number; y: number };

/** A position as the parser would read it back: finite, on the canvas, never -0. */
const place = (at: Position | undefined) => ({
  x: clampCoordinate(at?.x),
  y: clampCoordinate(at?.y),
});

/** A label as the parser would read it back; `undefined` when nothing is left of it. */
const label = (text: string | undefined) => (text === undefined ? undefined : cleanText(text).text);

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
  return on === undefined ? { ...rest, ...place(at) } : { ...rest, on };
}

export type NewBlock<K extends BlockKind = BlockKind> = {
  kind: K;
  variant: VariantId;
  on?: BlockId;
  at?: Position;
  label?: string;
  props?: Partial<FiguresByKind[K]>;
};

/** The new block itself, its figures read for its own kind (`K`, so they are that kind's). */
function newBlock<K extends BlockKind>(kind: K, id: BlockId, spec: NewBlock): Block<K> {
  const text = label(spec.label);
  const props = spec.props && readProps(kind, spec.props, () => undefined);
  return {
    id,
    kind,
    variant: spec.variant,
    ...(spec.on === undefined ? place(spec.at) : { on: spec.on }),
    ...(text === undefined ? {} : { label: text }),
    ...(props === undefined ? {} : { props }),
  };
}

/** Adds one block, on a host or standing alone at a position. */
export function addBlock(design: Design, spec: NewBlock): { design: Design; id: BlockId } {
  const id = freshBlockId(design, spec.variant);
  const block = newBlock(spec.kind, id, spec);
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
  const { x, y } = place(at);
  return mapBlocks(design, (b) =>
    b.id === id && b.on === undefined && (b.x !== x || b.y !== y) ? { ...b, x, y } : b,
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
  where: { onto?: BlockId; at: Position },
): { design: Design; ids: BlockId[] } {
  const taken = new Set<string>(design.blocks.map((b) => b.id));
  const exists = new Set<string>(taken);
  const rename = new Map<BlockId, BlockId>();
  for (const b of copies) rename.set(b.id, freshBlockId(design, b.variant, taken));
  let offset = 0;
  const added = copies.map((b) => {
    const id = rename.get(b.id) ?? b.id; // every copy was renamed just above
    const inner = b.on === undefined ? undefined : rename.get(b.on);
    const host = inner ?? where.onto ?? (b.on !== undefined && exists.has(b.on) ? b.on : undefined);
    const at = { x: where.at.x + offset, y: where.at.y };
    if (host === undefined) offset += 200;
    const copy: Block = { ...withHost(b, host, at), id };
    const text = label(b.label);
    return text === undefined || text === b.label ? copy : { ...copy, label: text };
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

/** Gives a block its own label (cleaned as the parser would); empty text removes it. */
export function setLabel(design: Design, id: BlockId, text: string): Design {
  const clean = cleanText(text).text;
  return mapBlocks(design, (b) => {
    if (b.id !== id || (b.label ?? '') === clean) return b;
    if (clean === '') {
      const { label: _label, ...rest } = b;
      return rest;
    }
    return { ...b, label: clean };
  });
}

/**
 * Overrides one figure of a block (`undefined` resets it to the catalog value). A value the
 * parser would not read back (negative, too large, not a number, not one of the choices) changes
 * nothing.
 */
export function setFigure(
  design: Design,
  id: BlockId,
  key: FigureKey,
  value: FigureInput | undefined,
): Design {
  return mapBlocks(design, (b) => (b.id === id ? withFigure(b, key, value) : b));
}

/** `block` with its figure `key` set to `value` as the parser reads it, or reset (`undefined`). */
function withFigure<K extends BlockKind>(block: Block<K>, key: string, value: unknown): Block<K> {
  const { props } = block;
  let next: Partial<FiguresByKind[K]>;
  if (value === undefined) {
    if (props === undefined || ownValue(props, key) === undefined) return block;
    next = { ...props };
    Reflect.deleteProperty(next, key); // a Partial of the kind's figures stays one without it
  } else {
    // The one figure alone, read for this block's kind: nothing when the parser would refuse it.
    const figure = readProps(block.kind, { [key]: value }, () => undefined);
    if (figure === undefined) return block;
    if (props !== undefined && ownValue(props, key) === ownValue(figure, key)) return block;
    next = { ...props, ...figure }; // an override already set keeps its place
  }
  if (Object.keys(next).length > 0) return { ...block, props: next };
  const bare = { ...block };
  Reflect.deleteProperty(bare, 'props'); // the last override reset: no empty `props` is kept
  return bare;
}

/** Renames the design (the name cleaned as the parser would). */
export function renameDesign(design: Design, name: string): Design {
  const clean = cleanText(name).text;
  return design.name === clean ? design : { ...design, name: clean };
}
