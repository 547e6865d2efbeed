import fc from 'fast-check';
import {
  BLOCK_KINDS,
  CATALOG,
  FIGURE_SPECS,
  parseDesign,
  rehostBlock,
  setFigure,
  type BlockKind,
  type Design,
  type FigureKey,
} from '@/engine';
import { TEMPLATES } from '@/engine/templates';

/** Which kinds usually sit on which: the grammar that makes generated designs mostly sensible. */
const USUAL_CHILDREN: Record<BlockKind, BlockKind[]> = {
  hardware: ['os', 'hypervisor'],
  os: ['engine', 'hypervisor', 'library', 'app'],
  hypervisor: ['os'],
  engine: ['library', 'app'],
  library: ['library', 'app', 'app'],
  app: ['app'],
};

const figureValue = (spec: (typeof FIGURE_SPECS)[BlockKind][number]) => {
  switch (spec.type) {
    case 'number':
      return fc.oneof(
        fc.constantFrom(0, 1, 5, 100, 2048),
        fc.double({ min: 0, max: spec.max, noNaN: true }),
      );
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'bool':
      return fc.boolean();
  }
};

/** Random, valid figure overrides for a kind (a random subset of its figures). */
export function arbitraryProps(kind: BlockKind) {
  const specs = FIGURE_SPECS[kind];
  return fc.record(Object.fromEntries(specs.map((s) => [s.key, figureValue(s)])), {
    requiredKeys: [],
  });
}

const blockSeed = fc.record({
  parent: fc.nat(),
  kind: fc.nat(),
  variant: fc.nat(),
  usual: fc.double({ min: 0, max: 1, noNaN: true }),
  /** Occasionally point anywhere (forward, self, dangling): circles and broken links. */
  wild: fc.option(fc.nat(), { freq: 12 }),
  detached: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
  props: fc.option(fc.constantFrom(...BLOCK_KINDS).chain(arbitraryProps), { freq: 4 }),
  label: fc.option(fc.string({ unit: 'binary', maxLength: 30 }), { freq: 4 }),
});

/**
 * A raw design object (as a file would hold it): mostly sensible stacks built bottom-up, with
 * illegal placements, detached blocks, dangling hosts and circles mixed in.
 */
export function arbitraryRawDesign(maxBlocks = 40) {
  return fc.array(blockSeed, { minLength: 0, maxLength: maxBlocks }).map((seeds) => {
    const kinds: BlockKind[] = [];
    const blocks = seeds.map((s, i) => {
      const parentIndex = i === 0 ? undefined : s.parent % i;
      const parentKind = parentIndex === undefined ? undefined : kinds[parentIndex];
      const options =
        parentKind === undefined || s.usual > 0.85 ? BLOCK_KINDS : USUAL_CHILDREN[parentKind];
      const kind = i === 0 ? 'hardware' : (options[s.kind % options.length] as BlockKind);
      kinds.push(kind);
      const variants = CATALOG[kind];
      const on =
        s.wild !== null
          ? `b${s.wild % (seeds.length + 2)}`
          : parentIndex === undefined || (s.detached && kind !== 'hardware')
            ? undefined
            : `b${parentIndex}`;
      return {
        id: `b${i}`,
        kind,
        variant: variants[s.variant % variants.length]!.id,
        ...(on === undefined || (kind === 'hardware' && s.wild === null) ? {} : { on }),
        ...(s.props === null ? {} : { props: s.props }),
        ...(s.label === null ? {} : { label: s.label }),
      };
    });
    return { format: 'stack-sandbox', version: 2, name: 'generated', blocks };
  });
}

/** Generated designs, exactly as `parseDesign` accepts them. */
export function arbitraryAcceptedDesign(maxBlocks = 40) {
  return arbitraryRawDesign(maxBlocks).map((raw) => {
    const result = parseDesign(raw);
    if (!result.ok) throw new Error(`generator produced a refused design: ${result.error.message}`);
    return result.design;
  });
}

/** The block a generated number picks (any number picks one), or none in an empty design. */
export const nthBlock = (design: Design, n: number) =>
  design.blocks[n % Math.max(1, design.blocks.length)];

/** A student's edit: a block moved onto another, or some figures of one block changed. */
export const arbitraryEdit: fc.Arbitrary<(design: Design) => Design> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat()).map(([n, m]) => (d: Design) => {
    const [block, host] = [nthBlock(d, n), nthBlock(d, m)];
    return block && host ? (rehostBlock(d, block.id, host.id) ?? d) : d;
  }),
  fc
    .tuple(fc.nat(), fc.constantFrom(...BLOCK_KINDS).chain(arbitraryProps))
    .map(([n, props]) => (d: Design) => {
      const block = nthBlock(d, n);
      if (!block) return d;
      const keys = new Set<string>(FIGURE_SPECS[block.kind].map((s) => s.key));
      return Object.entries(props)
        .filter(([key]) => keys.has(key))
        .reduce((out, [key, value]) => setFigure(out, block.id, key as FigureKey, value), d);
    }),
);

/**
 * Designs with stacks that run: a template after a few edits, or a generated design. Generated
 * designs alone seldom have an app that runs (about 1 in 300): every block under it would have
 * to be legal by chance, so properties about costs would be checked on almost nothing.
 */
export function arbitraryDesign(maxBlocks = 40): fc.Arbitrary<Design> {
  const edited = fc
    .tuple(
      fc.constantFrom(...TEMPLATES.map((t) => t.design)),
      fc.array(arbitraryEdit, { maxLength: 4 }),
    )
    .map(([design, edits]) => edits.reduce((out, edit) => edit(out), design));
  return fc.oneof(arbitraryAcceptedDesign(maxBlocks), edited);
}
