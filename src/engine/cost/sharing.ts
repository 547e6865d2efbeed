import type { Placed, PlacedOf } from '../graph/placed';
import type { LayerKeys } from './layerKeys';
import type { BlockId } from '../ids';
import { roundMiB } from './gauge';

export type Savings = {
  /** Every app carrying its own private copy of every layer on its path. */
  readonly withoutSharingMiB: number;
  /** Each distinct layer counted once per kernel. */
  readonly actualMiB: number;
  /** `withoutSharingMiB − actualMiB`, never negative. */
  readonly savedMiB: number;
  /** `savedMiB / withoutSharingMiB × 100` (0 when there is nothing to share). */
  readonly savedPct: number;
};

/** One layer used by two or more apps, and what sharing it saves. */
export type SharedLayer = {
  /** The library blocks that are this layer (one shared block, or several identical ones). */
  readonly blockIds: readonly BlockId[];
  /** The apps whose path runs through it. */
  readonly appIds: readonly BlockId[];
  readonly savedMemoryMiB: number;
  readonly savedDiskMiB: number;
};

export type SharingReport = {
  readonly memory: Savings;
  readonly disk: Savings;
  readonly layers: readonly SharedLayer[];
};

type Layer = { blocks: Set<Placed>; apps: BlockId[]; memory: number; disk: number };

function savings(actual: number, saved: number): Savings {
  const actualMiB = roundMiB(actual);
  const withoutSharingMiB = roundMiB(actual + saved);
  const savedMiB = roundMiB(withoutSharingMiB - actualMiB);
  const savedPct =
    withoutSharingMiB > 0 ? Math.round((savedMiB / withoutSharingMiB) * 10000) / 100 : 0;
  return { withoutSharingMiB, actualMiB, savedMiB, savedPct };
}

/**
 * Shared-library savings (DESIGN.md §3, reference §c). Each installed app is charged every library
 * layer on its path "without sharing"; "actually" each distinct layer (by layer key) is counted
 * once. A layer on the paths of n apps saves (n − 1) × its size.
 *
 * Only apps that run count: the layers on an app's path are the library blocks right below it.
 */
export function computeSharing(
  apps: readonly PlacedOf<'app'>[],
  layerKeys: LayerKeys,
): SharingReport {
  const layers = new Map<number, Layer>();
  for (const app of apps) {
    if (!app.runs) continue;
    for (let p = app.host; p?.kind === 'library'; p = p.host) {
      const key = layerKeys[p.index] ?? -1;
      if (key < 0) continue;
      let layer = layers.get(key);
      if (!layer) {
        layer = {
          blocks: new Set(),
          apps: [],
          memory: p.figures.memoryMiB,
          disk: p.figures.diskMiB,
        };
        layers.set(key, layer);
      }
      layer.blocks.add(p);
      layer.apps.push(app.block.id);
    }
  }
  let memActual = 0;
  let memSaved = 0;
  let diskActual = 0;
  let diskSaved = 0;
  const shared: SharedLayer[] = [];
  for (const layer of layers.values()) {
    const extra = layer.apps.length - 1;
    memActual += layer.memory;
    diskActual += layer.disk;
    memSaved += extra * layer.memory;
    diskSaved += extra * layer.disk;
    if (extra > 0) {
      shared.push({
        blockIds: [...layer.blocks].sort((a, b) => a.index - b.index).map((p) => p.block.id),
        appIds: layer.apps,
        savedMemoryMiB: roundMiB(extra * layer.memory),
        savedDiskMiB: roundMiB(extra * layer.disk),
      });
    }
  }
  return {
    memory: savings(memActual, memSaved),
    disk: savings(diskActual, diskSaved),
    layers: shared,
  };
}
