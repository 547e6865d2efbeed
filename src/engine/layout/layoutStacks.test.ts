import { describe, expect, it } from 'vitest';
import { buildDesign, DOCKER_HOST } from '../../../tests/helpers/buildDesign';
import { asBlockId } from '../ids';
import { LAYOUT, layoutStacks } from './layoutStacks';
import { freeSpot } from './freeSpot';
import { tidyStacks } from './tidyStacks';

const { leafWidth: W, blockHeight: H, layerGap: G, siblingGap: S } = LAYOUT;

describe('layoutStacks', () => {
  const design = buildDesign([
    ...DOCKER_HOST,
    ['a', 'library', 'debian-slim', 'docker'],
    ['y', 'app', 'web-app', 'a'],
    ['z', 'app', 'web-app', 'a'],
    ['b', 'library', 'alpine-base', 'docker'],
  ]);
  const boxes = layoutStacks(design);

  it('draws each layer as wide as everything that runs on it', () => {
    // three leaves (y, z, b): the machine, host and engine span all three
    expect(boxes.get(asBlockId('hw'))?.width).toBe(3 * W - S);
    expect(boxes.get(asBlockId('docker'))?.width).toBe(3 * W - S);
    expect(boxes.get(asBlockId('a'))?.width).toBe(2 * W - S);
    expect(boxes.get(asBlockId('y'))?.width).toBe(W - S);
  });

  it('puts each layer on top of its host, children side by side in design order', () => {
    const hw = boxes.get(asBlockId('hw'))!;
    const a = boxes.get(asBlockId('a'))!;
    const b = boxes.get(asBlockId('b'))!;
    expect(a.y).toBe(hw.y - 3 * (H + G));
    expect(a.x).toBe(hw.x);
    expect(b.x).toBe(hw.x + 2 * W);
    expect(boxes.get(asBlockId('z'))!.x).toBe(hw.x + W);
    expect(a.parentId).toBe('docker');
    expect(hw.parentId).toBeUndefined();
  });

  it('survives a circle of hosts (drawn from its first block)', () => {
    const circle = {
      ...design,
      blocks: [
        { id: asBlockId('p'), kind: 'os', variant: 'ubuntu', on: asBlockId('q') },
        { id: asBlockId('q'), kind: 'engine', variant: 'docker', on: asBlockId('p') },
      ],
    } as unknown as typeof design;
    const out = layoutStacks(circle);
    expect(out.size).toBe(2);
    expect([...out.values()].filter((b) => b.parentId === undefined)).toHaveLength(1);
  });
});

describe('tidyStacks and freeSpot', () => {
  it('stands every stack on one baseline, left to right, without overlap', () => {
    const design = buildDesign([
      ['m2', 'hardware', 'laptop'],
      ['m1', 'hardware', 'x86-server'],
      ['os1', 'os', 'ubuntu', 'm1'],
    ]);
    const moved = {
      ...design,
      blocks: design.blocks.map((b) => (b.id === 'm2' ? { ...b, x: 500, y: 80 } : b)),
    };
    const tidy = tidyStacks(moved);
    const pos = (id: string) => tidy.blocks.find((b) => b.id === id)!;
    expect([pos('m1').x, pos('m1').y]).toEqual([0, 0]);
    expect([pos('m2').x, pos('m2').y]).toEqual([W - S + LAYOUT.stackGap, 0]);
    expect(freeSpot(tidy).x).toBeGreaterThan(pos('m2').x!);
  });
});

describe('tidyStacks on a big design', () => {
  it('wraps stacks into rows, none overlapping, so the design stays about as wide as tall', async () => {
    const { generateDesign } = await import('../../../tests/fixtures/generateDesign');
    const tidy = tidyStacks(generateDesign(2000));
    const boxes = [...layoutStacks(tidy).values()];
    const left = Math.min(...boxes.map((b) => b.x));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    const top = Math.min(...boxes.map((b) => b.y));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    expect((right - left) / (bottom - top)).toBeLessThan(4);
    const roots = boxes.filter((b) => b.parentId === undefined);
    for (const a of boxes) {
      for (const b of roots) {
        if (a === b) continue;
        const overlaps =
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height;
        expect(overlaps).toBe(false);
      }
    }
  });
});
