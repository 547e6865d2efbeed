/**
 * A block's id inside one design. Branded so a block id can never be passed where a catalog
 * variant id is expected (and the other way round). Ids are opaque strings: they are only ever
 * used as `Map` keys, so ids such as `__proto__` are harmless.
 */
export type BlockId = string & { readonly __brand: 'BlockId' };

/** A catalog variant id, such as `ubuntu` or `docker`. */
export type VariantId = string & { readonly __brand: 'VariantId' };

/** Marks a string as a block id. Only the parser and id factories should need this. */
export function asBlockId(id: string): BlockId {
  // A brand exists only in types: this one constructor is where a string becomes a block id.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- the brand's constructor
  return id as BlockId;
}

/** Marks a string as a variant id (it is not checked against the catalog here). */
export function asVariantId(id: string): VariantId {
  // A brand exists only in types: this one constructor is where a string becomes a variant id.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- the brand's constructor
  return id as VariantId;
}
