import type { BlockKind } from '../kinds';
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

const BY_KIND = new Map<BlockKind, Map<string, Variant>>();
for (const list of Object.values(CATALOG) as (readonly Variant[])[]) {
  for (const variant of list) {
    let ofKind = BY_KIND.get(variant.kind);
    if (!ofKind) BY_KIND.set(variant.kind, (ofKind = new Map()));
    ofKind.set(variant.id, variant);
  }
}

/** The catalog variant `id` of `kind`, or `undefined` if there is none. */
export function findVariant<K extends BlockKind>(kind: K, id: string): VariantOf<K> | undefined {
  return BY_KIND.get(kind)?.get(id) as VariantOf<K> | undefined;
}

/** The catalog variant `id`, whatever its kind (goals and palettes name variants by id alone). */
export function findAnyVariant(id: string): Variant | undefined {
  for (const ofKind of BY_KIND.values()) {
    const found = ofKind.get(id);
    if (found) return found;
  }
  return undefined;
}

/** The variant a block of `kind` falls back to when its own is unknown (the first listed). */
export function defaultVariant<K extends BlockKind>(kind: K): VariantOf<K> {
  const first = CATALOG[kind][0];
  if (!first) throw new Error(`The catalog has no ${kind} variant`);
  return first;
}
