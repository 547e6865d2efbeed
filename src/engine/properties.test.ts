import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign, arbitraryRawDesign } from '../../tests/helpers/arbitraries';
import { CATALOG, evaluate, parseDesign, serializeDesign, type Design } from '.';
import { asBlockId, asVariantId } from './ids';

const RUNS = { numRuns: 300 };

/** A hand-in's name and exercise, sometimes: any text, as a student could type it. */
const handIn = fc.record(
  { author: fc.string({ unit: 'binary', maxLength: 30 }), exercise: fc.string({ maxLength: 20 }) },
  { requiredKeys: [] },
);

/** Designs exactly as `parseDesign` accepts them from generated files (some of them hand-ins). */
const acceptedDesign = fc.tuple(arbitraryRawDesign(), handIn).map(([raw, extra]) => {
  const result = parseDesign({ ...raw, ...extra });
  if (!result.ok) throw new Error(`generator produced a refused design: ${result.error.message}`);
  return result.design;
});

/**
 * `parseDesign` catches any fault of its own so a bug cannot crash the page, but it reports one as
 * `internal-error`: refusing junk is normal, a fault never is. (Without this, a parser that threw
 * on every design would pass "never throws".)
 */
function noFault(input: unknown) {
  const result = parseDesign(input);
  expect(result.ok || result.error.code).not.toBe('internal-error');
}

describe('parseDesign never throws, and never fails of its own accord', () => {
  it('on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), noFault), RUNS);
  });
  it('on any string, as JSON text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), noFault), RUNS);
  });
  it('on every design it accepts, written out and read again', () => {
    fc.assert(
      fc.property(arbitraryRawDesign(), (raw) => noFault(JSON.stringify(raw))),
      RUNS,
    );
  });
  it('on anything at all, including envelopes with junk blocks', () => {
    const envelope = fc.record({
      format: fc.constantFrom('stack-sandbox', 'x', undefined),
      version: fc.oneof(fc.constant(1), fc.anything()),
      name: fc.anything(),
      blocks: fc.oneof(fc.array(fc.anything()), fc.anything()),
    });
    fc.assert(fc.property(fc.oneof(fc.anything(), envelope), noFault), RUNS);
  });
});

describe('parseDesign and serializeDesign', () => {
  it('round-trip every accepted design exactly, with no new warnings', () => {
    fc.assert(
      fc.property(acceptedDesign, (design) => {
        const again = parseDesign(serializeDesign(design));
        expect(again.ok && again.warnings).toEqual([]);
        expect(again.ok && again.design).toEqual(design);
      }),
      RUNS,
    );
  });
});

/** Accepted designs, half of them templates after a few edits: stacks that really run. */
const runningDesign = fc.oneof(acceptedDesign, arbitraryDesign());

describe('evaluate', () => {
  it('never throws on a design parseDesign accepted, and is deterministic', () => {
    fc.assert(
      fc.property(runningDesign, (design) => {
        const a = evaluate(design);
        const b = evaluate(design);
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it('never reports negative savings, and actual never exceeds "without sharing"', () => {
    fc.assert(
      fc.property(runningDesign, (design) => {
        const { sharing } = evaluate(design);
        for (const s of [sharing.memory, sharing.disk]) {
          expect(s.savedMiB).toBeGreaterThanOrEqual(0);
          expect(s.actualMiB).toBeLessThanOrEqual(s.withoutSharingMiB);
          expect(s.savedPct).toBeGreaterThanOrEqual(0);
          expect(s.savedPct).toBeLessThanOrEqual(100);
        }
        for (const layer of sharing.layers) {
          expect(layer.appCount).toBeGreaterThanOrEqual(2);
          expect(layer.firstAppIds).toHaveLength(Math.min(5, layer.appCount));
        }
      }),
      RUNS,
    );
  });

  it('keeps every gauge consistent: free + used − over = capacity, none negative', () => {
    fc.assert(
      fc.property(runningDesign, (design) => {
        const r = evaluate(design);
        for (const account of [...r.hardware, ...r.vms]) {
          for (const g of [account.memory, account.disk]) {
            expect(g.freeMiB).toBeGreaterThanOrEqual(0);
            expect(g.overMiB).toBeGreaterThanOrEqual(0);
            expect(g.freeMiB === 0 || g.overMiB === 0).toBe(true);
            expect(g.capacityMiB + g.overMiB - g.freeMiB).toBeCloseTo(g.usedMiB, 2);
          }
        }
        for (const app of r.apps) {
          expect(Number.isInteger(app.extraCopies) && app.extraCopies >= 0).toBe(true);
          expect(app.performancePct).toBeGreaterThanOrEqual(0);
          expect(app.performancePct).toBeLessThanOrEqual(100);
        }
      }),
      RUNS,
    );
  });

  it('never charges more for a layer when another app lands on it', () => {
    // Any accepted design, plus one legal container stack so that some app always runs on a
    // layer (random designs seldom build a whole legal stack by chance).
    const withLayerInUse = fc
      .tuple(acceptedDesign, fc.constantFrom(...CATALOG.library), fc.constantFrom(...CATALOG.app))
      .map(([design, library, app]): Design => {
        const block = (
          id: string,
          kind: Design['blocks'][number]['kind'],
          variant: string,
          on?: string,
        ) =>
          ({
            id: asBlockId(id),
            kind,
            variant: asVariantId(variant),
            ...(on === undefined ? { x: 0, y: 0 } : { on: asBlockId(on) }),
          }) as Design['blocks'][number];
        return {
          ...design,
          blocks: [
            ...design.blocks,
            block('zz-hw', 'hardware', 'x86-server'),
            block('zz-os', 'os', 'ubuntu', 'zz-hw'),
            block('zz-engine', 'engine', 'docker', 'zz-os'),
            block('zz-base', 'library', 'debian-slim', 'zz-engine'),
            block('zz-layer', 'library', library.id, 'zz-base'),
            block('zz-app', 'app', app.id, 'zz-layer'),
          ],
        };
      });
    fc.assert(
      fc.property(
        withLayerInUse,
        fc.nat(),
        fc.constantFrom(...CATALOG.app),
        (design, pick, variant) => {
          const before = evaluate(design);
          const kindOf = new Map(design.blocks.map((b) => [b.id as string, b.kind]));
          const used = [
            ...new Set(
              before.apps.flatMap((a) => a.path.filter((id) => kindOf.get(id) === 'library')),
            ),
          ];
          const layer = used[pick % used.length]!;
          const added: Design = {
            ...design,
            blocks: [
              ...design.blocks,
              {
                id: asBlockId('new-app'),
                kind: 'app',
                variant: asVariantId(variant.id),
                on: layer,
              },
            ],
          };
          const after = evaluate(added);
          // The layer and everything below it already lie on an app's path: nothing new to count.
          expect(after.sharing.memory.actualMiB).toBe(before.sharing.memory.actualMiB);
          expect(after.sharing.disk.actualMiB).toBe(before.sharing.disk.actualMiB);
          expect(after.sharing.memory.savedMiB).toBeGreaterThanOrEqual(
            before.sharing.memory.savedMiB,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
