import { describe, expect, it } from 'vitest';
import { buildDesign, DOCKER_HOST } from '../../../tests/helpers/buildDesign';
import { asBlockId as id, asVariantId } from '../ids';
import {
  blocksToCopy,
  addBlock,
  deleteBlocks,
  detachBlock,
  insertCopies,
  rehostBlock,
  setFigure,
  setLabel,
} from './designEdits';
import { defaultsOnHost } from './defaultsOnHost';

const base = buildDesign([
  ...DOCKER_HOST,
  ['libs', 'library', 'debian-slim', 'docker'],
  ['y', 'app', 'web-app', 'libs'],
]);
const find = (d: typeof base, bid: string) => d.blocks.find((b) => b.id === bid);

describe('design edits', () => {
  it('adds a block with a fresh, readable id and shares every untouched block', () => {
    const { design, id: newId } = addBlock(base, {
      kind: 'app',
      variant: asVariantId('web-app'),
      on: id('libs'),
    });
    expect(newId).toBe('web-app');
    expect(find(design, 'web-app')).toEqual({
      id: 'web-app',
      kind: 'app',
      variant: 'web-app',
      on: 'libs',
    });
    expect(design.blocks.slice(0, base.blocks.length)).toEqual(base.blocks);
    expect(design.blocks[0]).toBe(base.blocks[0]);
    const again = addBlock(design, {
      kind: 'app',
      variant: asVariantId('web-app'),
      on: id('libs'),
    });
    expect(again.id).toBe('web-app-2');
  });

  it('re-hosts a block with its stack, and refuses to put a stack on its own top', () => {
    expect(find(rehostBlock(base, id('libs'), id('host'))!, 'libs')?.on).toBe('host');
    expect(rehostBlock(base, id('docker'), id('y'))).toBeUndefined();
    expect(rehostBlock(base, id('docker'), id('docker'))).toBeUndefined();
  });

  it('detaches a block to stand alone where it was dropped', () => {
    expect(find(detachBlock(base, id('libs'), { x: 10, y: 20 }), 'libs')).toEqual({
      id: 'libs',
      kind: 'library',
      variant: 'debian-slim',
      x: 10,
      y: 20,
    });
  });

  it('deletes a block with its stack, or lifts what sat on it onto the block below', () => {
    expect(deleteBlocks(base, [id('docker')], 'stack').blocks.map((b) => b.id)).toEqual([
      'hw',
      'host',
    ]);
    const lifted = deleteBlocks(base, [id('docker')], 'lift');
    expect(lifted.blocks.map((b) => b.id)).toEqual(['hw', 'host', 'libs', 'y']);
    expect(find(lifted, 'libs')?.on).toBe('host');
    const rootless = deleteBlocks(base, [id('hw')], 'lift');
    expect(find(rootless, 'host')).toMatchObject({ x: 0, y: 0 });
    expect(find(rootless, 'host')?.on).toBeUndefined();
  });

  it('copies a stack under fresh ids, keeping hosts inside the copy', () => {
    const copies = blocksToCopy(base, [id('libs')], true);
    const { design, ids } = insertCopies(base, copies, { at: { x: 0, y: 0 } });
    expect(ids).toEqual(['debian-slim', 'web-app']);
    expect(find(design, 'debian-slim')?.on).toBe('docker');
    expect(find(design, 'web-app')?.on).toBe('debian-slim');
  });

  it('sets and resets labels and figures', () => {
    const labelled = setLabel(base, id('y'), 'App Y');
    expect(find(labelled, 'y')?.label).toBe('App Y');
    expect(find(setLabel(labelled, id('y'), ''), 'y')).not.toHaveProperty('label');
    const big = setFigure(base, id('y'), 'memoryMiB', 120);
    expect(find(big, 'y')?.props).toEqual({ memoryMiB: 120 });
    expect(find(setFigure(big, id('y'), 'memoryMiB', undefined), 'y')).not.toHaveProperty('props');
    expect(setLabel(base, id('y'), '')).toBe(base);
  });

  it('changes a figure already set in its place, and leaves the block alone for nothing new', () => {
    const big = setFigure(base, id('y'), 'memoryMiB', 120);
    const both = setFigure(big, id('y'), 'startMs', 900);
    const changed = setFigure(both, id('y'), 'memoryMiB', 250);
    expect(find(changed, 'y')?.props).toEqual({ memoryMiB: 250, startMs: 900 });
    // The saved file keeps the order the figures were set in.
    expect(Object.keys(find(changed, 'y')?.props ?? {})).toEqual(['memoryMiB', 'startMs']);
    expect(setFigure(changed, id('y'), 'memoryMiB', 250)).toBe(changed);
    expect(setFigure(changed, id('y'), 'memoryMiB', -1)).toBe(changed);
    expect(setFigure(base, id('y'), 'startMs', undefined)).toBe(base);
    // A key the block's kind does not have is not a figure of it.
    expect(setFigure(base, id('y'), 'cores', 4)).toBe(base);
  });

  it('gives Docker Desktop’s hidden VM half the memory of the machine it lands on', () => {
    // Docker: the memory limit "defaults to 50% of your host's memory".
    const mac = buildDesign([
      ['mac', 'hardware', 'mac-apple-silicon', undefined, { props: { memoryMiB: 32768 } }],
      ['macos', 'os', 'macos', 'mac'],
    ]);
    const dd = asVariantId('docker-desktop');
    // 32768 / 2 = 16384 MiB on a 32 GiB Mac
    expect(defaultsOnHost(mac, 'engine', dd, id('macos'))).toEqual({ vmMemoryMiB: 16384 });
    // On the catalog's 16 GiB Mac, half is the catalog's own 8192: nothing to override.
    const small = buildDesign([
      ['mac', 'hardware', 'mac-apple-silicon'],
      ['macos', 'os', 'macos', 'mac'],
    ]);
    expect(defaultsOnHost(small, 'engine', dd, id('macos'))).toEqual({});
    // Dropped on nothing, or an engine without a hidden VM: no machine-dependent figure.
    expect(defaultsOnHost(mac, 'engine', dd, undefined)).toEqual({});
    expect(defaultsOnHost(mac, 'engine', asVariantId('docker'), id('macos'))).toEqual({});
    // Multi-arch blocks take nothing from the machine when added: they take its CPU when evaluated.
    expect(defaultsOnHost(mac, 'os', asVariantId('ubuntu'), id('mac'))).toEqual({});
  });
});
