import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRawDesign, nthBlock } from '../../../tests/helpers/arbitraries';
import { trickyLabel } from '../../../tests/helpers/labels';
import { CATALOG } from '../catalog';
import type { Design } from '../design';
import type { FigureKey } from '../figures';
import { FIGURE_SPECS } from '../figureSpecs';
import { asVariantId, type BlockId } from '../ids';
import { BLOCK_KINDS } from '../kinds';
import { tidyStacks } from '../layout/tidyStacks';
import { parseDesign } from '../parse/parseDesign';
import { serializeDesign } from '../parse/serializeDesign';
import { convertVmsToContainers } from '../present/toContainers';
import { TEMPLATES } from '../templates';
import {
  addBlock,
  blocksToCopy,
  deleteBlocks,
  detachBlock,
  insertCopies,
  moveStack,
  rehostBlock,
  renameDesign,
  setFigure,
  setLabel,
} from './designEdits';

// What autosave relies on: whatever a student does, the design reads back exactly as it is, with
// no repairs. Every edit gets any text and any number (a pasted tab, half an emoji, 4,000
// characters, NaN, 1e300, -0…), so the edits must apply the parser's own rules as they build.

/** Text a student could type or paste: anything at all, and the known troublemakers. */
const anyText = fc.oneof(
  trickyLabel,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    'Rack\t7',
    'line\nbreak',
    '\u0085\u009b31m',
    '\u202eevil\u202c',
    '\u2069\u2066',
    'x\u2028y',
    '\uffff\ufffe',
    '🙂'.repeat(201),
    'e\u0301'.repeat(150),
    '👩‍👩‍👧‍👦'.repeat(60),
    '',
    ' ',
  ),
);

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e300, -1e300, 10_000_001),
);
const anyPosition = fc.record({ x: anyNumber, y: anyNumber });
const anyValue = fc.oneof(anyNumber, anyText, fc.boolean(), fc.constantFrom('1', '2', 1, 2));

/** One edit, with picks (block indices) resolved against the design it is applied to. */
type Edit = (design: Design) => Design;

const pick = (design: Design, n: number): BlockId | undefined => nthBlock(design, n)?.id;

const edit: fc.Arbitrary<[string, Edit]> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...BLOCK_KINDS), fc.nat(), fc.option(fc.nat()), anyPosition)
    .chain(([kind, v, on, at]) =>
      fc
        .tuple(
          fc.option(anyText),
          fc.dictionary(
            fc.constantFrom(...FIGURE_SPECS[kind].map((s) => s.key), 'evil'),
            anyValue,
            { maxKeys: 3 },
          ),
        )
        .map(([label, props]): [string, Edit] => [
          `add ${kind}`,
          (d) => {
            const variants = CATALOG[kind];
            const host = on === null ? undefined : pick(d, on);
            return addBlock(d, {
              kind,
              variant: asVariantId(variants[v % variants.length]!.id),
              ...(host === undefined ? { at } : { on: host }),
              ...(label === null ? {} : { label }),
              props,
            }).design;
          },
        ]),
    ),
  fc.tuple(fc.nat(), anyText).map(([n, text]): [string, Edit] => [
    `label ${JSON.stringify(text)}`,
    (d) => {
      const id = pick(d, n);
      return id === undefined ? d : setLabel(d, id, text);
    },
  ]),
  anyText.map((text): [string, Edit] => [
    `rename ${JSON.stringify(text)}`,
    (d) => renameDesign(d, text),
  ]),
  fc.tuple(fc.nat(), fc.nat(), anyValue).map(([n, k, value]): [string, Edit] => [
    `figure ${String(value)}`,
    (d) => {
      const id = pick(d, n);
      const block = d.blocks.find((b) => b.id === id);
      if (!block) return d;
      // 'evil' is no figure of any kind, passed off as one: the edit must leave the block alone.
      const keys: string[] = [...FIGURE_SPECS[block.kind].map((s) => s.key), 'evil'];
      return setFigure(d, block.id, keys[k % keys.length] as FigureKey, value);
    },
  ]),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): [string, Edit] => [
    'rehost',
    (d) => {
      const [id, host] = [pick(d, a), pick(d, b)];
      return id === undefined || host === undefined ? d : (rehostBlock(d, id, host) ?? d);
    },
  ]),
  fc.tuple(fc.nat(), anyPosition, fc.boolean()).map(([n, at, detach]): [string, Edit] => [
    detach ? 'detach' : 'move',
    (d) => {
      const id = pick(d, n);
      if (id === undefined) return d;
      return detach ? detachBlock(d, id, at) : moveStack(d, id, at);
    },
  ]),
  fc.tuple(fc.nat(), fc.constantFrom('stack', 'lift')).map(([n, how]): [string, Edit] => [
    `delete (${how})`,
    (d) => {
      const id = pick(d, n);
      return id === undefined ? d : deleteBlocks(d, [id], how);
    },
  ]),
  fc
    .tuple(fc.nat(), fc.boolean(), fc.option(fc.nat()), anyPosition)
    .map(([n, withStack, onto, at]): [string, Edit] => [
      'copy and paste',
      (d) => {
        const id = pick(d, n);
        if (id === undefined) return d;
        const target = onto === null ? undefined : pick(d, onto);
        const copies = blocksToCopy(d, [id], withStack);
        return insertCopies(d, copies, { at, ...(target ? { onto: target } : {}) }).design;
      },
    ]),
  fc.constant<[string, Edit]>(['tidy', tidyStacks]),
  fc.constant<[string, Edit]>(['as containers', (d) => convertVmsToContainers(d).design]),
);

/** A starting point: empty, a template, or any design the loader accepts. */
const start = fc.oneof(
  fc.constantFrom(...TEMPLATES.map((t) => t.design)),
  arbitraryRawDesign(12).map((raw) => {
    const read = parseDesign(raw);
    if (!read.ok) throw new Error(`generator produced a refused design: ${read.error.message}`);
    return read.design;
  }),
);

describe('any sequence of edits, with any text and any numbers', () => {
  it('gives a design that saves and reads back exactly, with no repairs', () => {
    fc.assert(
      fc.property(start, fc.array(edit, { maxLength: 12 }), (first, edits) => {
        let design = first;
        for (const [what, apply] of edits) {
          design = apply(design);
          const again = parseDesign(serializeDesign(design));
          expect(again, `after “${what}”`).toMatchObject({ ok: true, warnings: [] });
          expect(again.ok && again.design, `after “${what}”`).toEqual(design);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never leaves half an emoji in a label cut to length', () => {
    const long = '🙂'.repeat(150) + '👩‍👩‍👧‍👦'.repeat(60);
    const [block] = TEMPLATES[0]!.design.blocks;
    const labelled = setLabel(TEMPLATES[0]!.design, block!.id, long);
    const label = labelled.blocks[0]!.label!;
    // 150 smileys (1 code point each) leave room for 50: a family is 7 code points (4 people
    // joined by 3 ZWJs), so 7 whole families (49) and the first person of the 8th (1).
    expect(Array.from(label)).toHaveLength(200);
    expect(label).toBe('🙂'.repeat(150) + '👩‍👩‍👧‍👦'.repeat(7) + '👩');
    expect(label.isWellFormed()).toBe(true);
  });
});
