import { ownValue, type RawRecord } from '../read/fields';
import type { FiguresByKind } from '../figures';
import { FIGURE_SPECS, type FigureSpec } from '../figureSpecs';
import type { BlockKind } from '../kinds';

/** One figure as given (a file, an edit), if it is one the engine can use; else `{ ok: false }`. */
export function readFigure<F>(
  spec: FigureSpec<F>,
  raw: unknown,
): { ok: true; value: unknown } | { ok: false } {
  switch (spec.type) {
    case 'number':
      if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0 || raw > spec.max) {
        return { ok: false };
      }
      return { ok: true, value: raw + 0 }; // + 0 turns -0 into 0, so files round-trip exactly
    case 'enum': {
      // Hand-written files often say `"hypervisorType": 1`; accept the number for the string.
      const text = typeof raw === 'number' ? String(raw) : raw;
      return typeof text === 'string' && spec.values.includes(text)
        ? { ok: true, value: text }
        : { ok: false };
    }
    case 'bool':
      return typeof raw === 'boolean' ? { ok: true, value: raw } : { ok: false };
  }
}

/**
 * Reads a block's figure overrides. Only the figures of its kind are read (in catalog order);
 * anything else in `raw` is ignored, so hostile keys never reach the design.
 */
export function readProps<K extends BlockKind>(
  kind: K,
  raw: Readonly<RawRecord>,
  onBad: (key: string) => void,
): Partial<FiguresByKind[K]> | undefined {
  const props: RawRecord = {};
  let count = 0;
  for (const spec of FIGURE_SPECS[kind]) {
    const value = ownValue(raw, spec.key);
    if (value === undefined) continue;
    const read = readFigure(spec, value);
    if (read.ok) {
      props[spec.key] = read.value;
      count++;
    } else {
      onBad(spec.key);
    }
  }
  // Trust boundary: each value was checked by its own figure's spec, which types cannot follow.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- figures checked by FIGURE_SPECS
  return count > 0 ? (props as Partial<FiguresByKind[K]>) : undefined;
}
