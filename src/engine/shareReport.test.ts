import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestedVms } from '../../tests/fixtures/worstCases';
import { arbitraryDesign, arbitraryEdit, nthBlock } from '../../tests/helpers/arbitraries';
import { buildDesign, DOCKER_HOST } from '../../tests/helpers/buildDesign';
import type { AppReport } from './cost/appCosts';
import { rehostBlock, setFigure } from './edit/designEdits';
import { evaluate } from './evaluate';
import { asBlockId, type BlockId } from './ids';
import { sameStructure } from './sameStructure';
import { shareReport } from './shareReport';

const design = buildDesign([
  ...DOCKER_HOST,
  ['libs', 'library', 'debian-slim', 'docker'],
  ['y', 'app', 'web-app', 'libs'],
  ['z', 'app', 'web-app', 'libs'],
  ['hw2', 'hardware', 'laptop'],
  ['os2', 'os', 'debian', 'hw2'],
]);

describe('shareReport', () => {
  it('returns the previous report itself when nothing changed', () => {
    const first = evaluate(design);
    expect(shareReport(first, evaluate(design))).toBe(first);
  });

  it('keeps the objects of blocks whose results did not change', () => {
    const first = evaluate(design);
    const next = shareReport(first, evaluate(setFigure(design, asBlockId('z'), 'memoryMiB', 70)));
    expect(next).not.toBe(first);
    expect(next.blocks.get(asBlockId('y'))).toBe(first.blocks.get(asBlockId('y')));
    // App Y: 20 MiB less free memory still fits the same 1,167 more copies, so nothing changed.
    expect(next.apps[0]).toBe(first.apps[0]);
    expect(next.apps[1]).not.toBe(first.apps[1]);
    expect(next.hardware[1]).toBe(first.hardware[1]); // the second machine is untouched
    expect(next.hardware[0]).not.toBe(first.hardware[0]);
  });
});

/** The lists as long as an app's stack: listed only when something reads them (see lazyField). */
const DEEP_LISTS = ['path', 'startParts', 'ioHops', 'ioPath'] as const;
const listed = (app: AppReport, key: string) =>
  'value' in (Object.getOwnPropertyDescriptor(app, key) ?? {});

/** Two stacks alike in every figure: hw → os → kvm → guest, twice, and an app in the first guest. */
const twins = buildDesign([
  ['hw', 'hardware', 'x86-server'],
  ['os', 'os', 'ubuntu', 'hw'],
  ['kvm', 'hypervisor', 'kvm', 'os'],
  ['guest', 'os', 'alpine', 'kvm'],
  ['hw2', 'hardware', 'x86-server'],
  ['os2', 'os', 'ubuntu', 'hw2'],
  ['kvm2', 'hypervisor', 'kvm', 'os2'],
  ['guest2', 'os', 'alpine', 'kvm2'],
  ['app', 'app', 'static-binary', 'guest'],
]);

describe('shareReport on an app whose stack changed but whose figures did not', () => {
  it('gives an app moved onto a twin stack its new path', () => {
    const moved = rehostBlock(twins, asBlockId('app'), asBlockId('guest2'))!;
    const next = shareReport(evaluate(twins), evaluate(moved));
    // Same figures all the way down, so the same start, copies and speed: only the blocks differ.
    expect(next.apps[0]!.coldStartMs).toBe(evaluate(twins).apps[0]!.coldStartMs);
    expect(next.apps[0]!.path).toEqual(['hw2', 'os2', 'kvm2', 'guest2', 'app']);
    expect(next.apps[0]!.ioPath).toEqual(['guest2', 'kvm2', 'os2', 'hw2']);
  });

  it('gives it its new start parts when two boots below it swap times', () => {
    // Ubuntu boots in 30 s and KVM in 1 s, then the other way round: the sum is the same, and so
    // is one more VM's start (guest and app only), but each block's share is not.
    const before = setFigure(
      setFigure(twins, asBlockId('os'), 'startMs', 30_000),
      asBlockId('kvm'),
      'startMs',
      1_000,
    );
    const after = setFigure(
      setFigure(twins, asBlockId('os'), 'startMs', 1_000),
      asBlockId('kvm'),
      'startMs',
      30_000,
    );
    const next = shareReport(evaluate(before), evaluate(after));
    expect(next.apps[0]!.coldStartMs).toBe(evaluate(before).apps[0]!.coldStartMs);
    const share = (id: string) => next.apps[0]!.startParts.find((p) => p.blockId === id)?.ms;
    expect([share('os'), share('kvm')]).toEqual([1_000, 30_000]);
  });

  it('compares apps without listing their paths, however deep the stack', () => {
    // 44 blocks: machine and host, then 14 times a hypervisor, a guest and an app in it. The
    // deepest app sits on 43 blocks; listing every app's path would walk 14 × 22 blocks on average.
    const deep = nestedVms(44);
    const top = deep.blocks.at(-1)!.id;
    const first = evaluate(deep);
    const edited = setFigure(deep, top, 'startMs', 70);
    const next = shareReport(first, evaluate(edited));
    for (const app of [...first.apps, ...next.apps])
      for (const key of DEEP_LISTS) expect(listed(app, key), `${app.blockId}.${key}`).toBe(false);
    // Only the top app's start changed: every other app keeps its object, lists unread.
    next.apps.slice(0, -1).forEach((app, i) => expect(app).toBe(first.apps[i]));
    expect(next.apps.at(-1)).not.toBe(first.apps.at(-1));
  });
});

/** Designs small enough to share block ids with one another, with stacks that run. */
const accepted = arbitraryDesign(20);

/**
 * A design, and the same design with some blocks under its apps renamed: every figure and every
 * stack the same, only the blocks on an app's path are called otherwise.
 */
const renamedBelow = fc
  .tuple(accepted, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }))
  .map(([d, picks]) => {
    const renamed = new Set(
      picks.map((n) => nthBlock(d, n)).flatMap((b) => (b && b.kind !== 'app' ? [b.id] : [])),
    );
    const name = (id: BlockId) => (renamed.has(id) ? asBlockId(`renamed-${id}`) : id);
    const blocks = d.blocks.map((b) => ({
      ...b,
      id: name(b.id),
      ...(b.on === undefined ? {} : { on: name(b.on) }),
    }));
    return [d, { ...d, blocks }] as const;
  });

describe('shareReport, for any two designs', () => {
  it('says exactly what a fresh evaluation says, deep lists included', () => {
    const pairs = fc.oneof(
      // Another design altogether: same ids (b0, b1…) on other stacks, with other figures.
      fc.tuple(accepted, accepted),
      renamedBelow,
      fc
        .tuple(accepted, fc.array(arbitraryEdit, { minLength: 1, maxLength: 4 }))
        .map(([d, edits]) => [d, edits.reduce((out, edit) => edit(out), d)] as const),
    );
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(shareReport(evaluate(a), evaluate(b))).toEqual(evaluate(b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('sameStructure', () => {
  it('ignores positions but not hosts, labels or figures', () => {
    const moved = {
      ...design,
      blocks: design.blocks.map((b) => (b.id === 'hw2' ? { ...b, x: 900 } : b)),
    };
    expect(sameStructure(design, moved)).toBe(true);
    expect(sameStructure(design, setFigure(design, asBlockId('z'), 'memoryMiB', 70))).toBe(false);
  });
});
