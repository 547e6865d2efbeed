import { BLOCK_KINDS, type BlockKind } from '../kinds';
import { APPS } from './apps';
import { ENGINES } from './engines';
import { HARDWARE } from './hardware';
import { HYPERVISORS } from './hypervisors';
import { LIBRARIES } from './libraries';
import { OPERATING_SYSTEMS } from './operatingSystems';
import type { Variant, VariantOf } from './types';

/** Every variant of every kind, as the palette lists them. */
export const CATALOG: { readonly [K in BlockKind]: readonly VariantOf<K>[] } = {
  hardware: HARDWARE,
  os: OPERATING_SYSTEMS,
  hypervisor: HYPERVISORS,
  engine: ENGINES,
  library: LIBRARIES,
  app: APPS,
};

/** One kind's variants by id (a later duplicate wins, as it always has). */
const byId = <K extends BlockKind>(list: readonly VariantOf<K>[]) =>
  new Map<string, VariantOf<K>>(list.map((variant) => [variant.id, variant]));

/** Every variant by kind, then by id: typed per kind, so a lookup needs no cast. */
const BY_KIND: { readonly [K in BlockKind]: ReadonlyMap<string, VariantOf<K>> } = {
  hardware: byId(HARDWARE),
  os: byId(OPERATING_SYSTEMS),
  hypervisor: byId(HYPERVISORS),
  engine: byId(ENGINES),
  library: byId(LIBRARIES),
  app: byId(APPS),
};

/** The catalog variant `id` of `kind`, or `undefined` if there is none. */
export function findVariant<K extends BlockKind>(kind: K, id: string): Variant<K> | undefined {
  return BY_KIND[kind].get(id);
}

/** The catalog variant `id`, whatever its kind (goals and palettes name variants by id alone). */
export function findAnyVariant(id: string): Variant | undefined {
  for (const kind of BLOCK_KINDS) {
    const found = BY_KIND[kind].get(id);
    if (found) return found;
  }
  return undefined;
}

/** The variant a block of `kind` falls back to when its own is unknown (the first listed). */
export function defaultVariant<K extends BlockKind>(kind: K): Variant<K> {
  const first = CATALOG[kind][0];
  if (!first) throw new Error(`The catalog has no ${kind} variant`);
  return first;
}
