import { defaultVariant, findVariant } from '../catalog';
import type { BlockOf } from '../design';
import type { FiguresByKind } from '../figures';
import { asBlockId, type BlockId } from '../ids';
import { isBlockKind, KIND_LABELS, type BlockKind } from '../kinds';
import { clampCoordinate, DESIGN_LIMITS } from './limits';
import { isRecord, ownValue, type RawRecord } from '../read/fields';
import { readProps } from './readProps';
import { cleanText } from './text';
import type { ParseWarning } from './types';

/**
 * A block of the kinds `K` without its id and host, which are settled once every block is read.
 * A mapped type like `Block`, so each kind keeps its own figures.
 */
export type BlockBody<K extends BlockKind = BlockKind> = {
  [P in K]: Omit<BlockOf<P>, 'id' | 'on'>;
}[K];

/** A block read from input, before ids are made unique and hosts are checked. */
export type DraftBlock = {
  /** The id as written, if it was a usable string. */
  readonly givenId: string | undefined;
  /** `on` as written: checked later, once every id is known. */
  readonly givenOn: unknown;
  /** Everything else, already clean. */
  readonly block: BlockBody;
};

type Warn = (warning: Omit<ParseWarning, 'blockId'> & { blockId?: BlockId }) => void;

function readCoordinate(raw: unknown, axis: 'x' | 'y', name: string, warn: Warn) {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    warn({
      code: 'bad-position',
      message: `${name} had an unreadable ${axis} position; it was dropped.`,
    });
    return undefined;
  }
  if (Math.abs(raw) > DESIGN_LIMITS.maxCoordinate) {
    warn({ code: 'bad-position', message: `${name} was far off the canvas; it was moved back.` });
  }
  return clampCoordinate(raw);
}

/**
 * Reads one entry of `blocks`. Returns `undefined` (with a warning) when the entry cannot be a
 * block at all: not an object, or an unknown kind. Everything else is repaired.
 */
export function readBlock(raw: unknown, index: number, warn: Warn): DraftBlock | undefined {
  const where = `Block ${index + 1}`;
  if (!isRecord(raw)) {
    warn({
      code: 'bad-block',
      message: `${where} is not a block (not an object); it was skipped.`,
    });
    return undefined;
  }
  const rawId = ownValue(raw, 'id');
  const givenId =
    typeof rawId === 'string' && rawId.length > 0 && rawId.length <= DESIGN_LIMITS.maxId
      ? rawId
      : undefined;
  const name = givenId === undefined ? where : `Block "${givenId.slice(0, 40)}"`;

  const kind = ownValue(raw, 'kind');
  if (!isBlockKind(kind)) {
    const shown = typeof kind === 'string' ? `"${kind.slice(0, 40)}"` : 'missing';
    warn({
      code: 'unknown-kind',
      message: `${name} has an unknown kind (${shown}); it was skipped.`,
    });
    return undefined;
  }

  const block = readBody(raw, kind, name, warn);
  return { givenId, givenOn: ownValue(raw, 'on'), block };
}

/** Everything of a block of `kind` but its id and host: variant, label, figures and position. */
function readBody<K extends BlockKind>(
  raw: RawRecord,
  kind: K,
  name: string,
  warn: Warn,
): BlockBody<K> {
  const rawVariant = ownValue(raw, 'variant');
  let variant = typeof rawVariant === 'string' ? findVariant(kind, rawVariant) : undefined;
  let label: string | undefined;
  const rawLabel = ownValue(raw, 'label');
  if (typeof rawLabel === 'string') {
    const clean = cleanText(rawLabel);
    if (clean.changed) {
      warn({ code: 'bad-label', message: `${name}'s label was shortened or cleaned.` });
    }
    label = clean.text;
  } else if (rawLabel !== undefined) {
    warn({ code: 'bad-label', message: `${name}'s label was not text; it was dropped.` });
  }
  if (!variant) {
    const fallback = defaultVariant(kind);
    const shown = typeof rawVariant === 'string' ? `"${rawVariant.slice(0, 40)}"` : 'missing';
    warn({
      code: 'unknown-variant',
      message: `${name} is a ${KIND_LABELS[kind].toLowerCase()} of an unknown variant (${shown}); it was loaded as ${fallback.label}.`,
    });
    variant = fallback;
    if (label === undefined && typeof rawVariant === 'string') label = cleanText(rawVariant).text;
  }

  const rawProps = ownValue(raw, 'props');
  let props: Partial<FiguresByKind[K]> | undefined;
  if (isRecord(rawProps)) {
    props = readProps(kind, rawProps, (key) =>
      warn({
        code: 'bad-prop',
        message: `${name}'s figure "${key}" was not valid; the catalog value is used.`,
      }),
    );
  } else if (rawProps !== undefined) {
    warn({
      code: 'bad-prop',
      message: `${name}'s figures were unreadable; the catalog values are used.`,
    });
  }

  const x = readCoordinate(ownValue(raw, 'x'), 'x', name, warn);
  const y = readCoordinate(ownValue(raw, 'y'), 'y', name, warn);
  return {
    kind,
    variant: variant.id,
    ...(x === undefined ? {} : { x }),
    ...(y === undefined ? {} : { y }),
    ...(label === undefined ? {} : { label }),
    ...(props === undefined ? {} : { props }),
  };
}

/** Gives each draft a unique id: duplicates and missing ids get a fresh, predictable one. */
export function assignIds(drafts: readonly DraftBlock[], warn: Warn): BlockId[] {
  const taken = new Set<string>();
  for (const draft of drafts) if (draft.givenId !== undefined) taken.add(draft.givenId);
  const seen = new Set<string>();
  const nextSuffix = new Map<string, number>();
  function fresh(base: string): string {
    let n = nextSuffix.get(base) ?? 2;
    let candidate = `${base}-${n}`;
    while (taken.has(candidate)) candidate = `${base}-${++n}`;
    nextSuffix.set(base, n + 1);
    taken.add(candidate);
    return candidate;
  }
  return drafts.map((draft) => {
    const given = draft.givenId;
    if (given !== undefined && !seen.has(given)) {
      seen.add(given);
      return asBlockId(given);
    }
    const id = asBlockId(fresh(given === undefined ? draft.block.kind : given.slice(0, 180)));
    warn(
      given === undefined
        ? {
            code: 'bad-id',
            message: `A ${KIND_LABELS[draft.block.kind].toLowerCase()} had no usable id; it is now "${id}".`,
            blockId: id,
          }
        : {
            code: 'duplicate-id',
            message: `Two blocks were both called "${given.slice(0, 40)}"; the second is now "${id}".`,
            blockId: id,
          },
    );
    seen.add(id);
    return id;
  });
}
