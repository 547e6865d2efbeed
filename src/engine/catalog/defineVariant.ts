import type { BlockKind } from '../kinds';
import { asVariantId } from '../ids';
import type { VariantOf } from './types';

/** Catalog entries are written with plain string ids; this brands them. */
export function defineVariant<K extends BlockKind>(
  entry: Omit<VariantOf<K>, 'id'> & { id: string },
): VariantOf<K> {
  return { ...entry, id: asVariantId(entry.id) };
}
