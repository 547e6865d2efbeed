import type { Placed } from '../graph/placed';
import type { Placement } from '../graph/placeDesign';
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
  /** How many apps' paths run through it. */
  readonly appCount: number;
  /**
   * The first apps (at most `FIRST_APPS`) whose path runs through it, in design order. Only the
   * first few: a layer under hundreds of apps would otherwise make the report grow with the
   * square of the design, for a list nobody reads to the end.
   */
  readonly firstAppIds: readonly BlockId[];
  readonly savedMemoryMiB: number;
  readonly savedDiskMiB: number;
};

export type SharingReport = {
  readonly memory: Savings;
  readonly disk: Savings;
  readonly layers: readonly SharedLayer[];
};

type Layer = {
  blocks: Placed[];
  apps: number;
  first: readonly Placed[];
  memory: number;
  disk: number;
};

function savings(actual: number, saved: number): Savings {
  const actualMiB = roundMiB(actual);
  const withoutSharingMiB = roundMiB(actual + saved);
  const savedMiB = roundMiB(withoutSharingMiB - actualMiB);
  const savedPct =
    withoutSharingMiB > 0 ? Math.round((savedMiB / withoutSharingMiB) * 10000) / 100 : 0;
  return { withoutSharingMiB, actualMiB, savedMiB, savedPct };
}

/** How many of the apps on a shared layer the report names (see `SharedLayer.firstAppIds`). */
const FIRST_APPS = 5;

/** The first `FIRST_APPS` of two lists of apps each in design order, in design order. */
function earliest(a: readonly Placed[], b: readonly Placed[]): readonly Placed[] {
  const out: Placed[] = [];
  let [i, j] = [0, 0];
  while (out.length < FIRST_APPS && (i < a.length || j < b.length)) {
    const [x, y] = [a[i], b[j]];
    if (y === undefined || (x !== undefined && x.index < y.index)) {
      out.push(x!);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/**
 * Shared-library savings (DESIGN.md §3, reference §c). Each running app is charged every library
 * layer on its path "without sharing"; "actually" each distinct layer (by layer key) is counted
 * once. A layer on the paths of n apps saves (n − 1) × its size.
 *
 * Linear in the design: how many apps stand on each library block is counted once, from the top
 * of every stack down, instead of walking each app's path.
 */
export function computeSharing(placement: Placement, layerKeys: LayerKeys): SharingReport {
  // Apps above each library block, through the layers above it: children before parents.
  const above = new Int32Array(placement.all.length);
  const first = new Array<readonly Placed[] | undefined>(placement.all.length);
  const { topDown } = placement;
  for (let i = topDown.length - 1; i >= 0; i--) {
    const p = topDown[i];
    if (!p?.runs || (p.kind !== 'app' && p.kind !== 'library')) continue;
    const mine = (p.kind === 'app' ? 1 : 0) + (above[p.index] ?? 0);
    above[p.index] = mine;
    if (p.host?.kind !== 'library') continue;
    above[p.host.index] = (above[p.host.index] ?? 0) + mine;
    first[p.host.index] = earliest(
      first[p.host.index] ?? [],
      p.kind === 'app' ? [p] : (first[p.index] ?? []),
    );
  }
  const layers = new Map<number, Layer>();
  for (const p of placement.all) {
    const apps = above[p.index] ?? 0;
    const key = layerKeys[p.index] ?? -1;
    if (p.kind !== 'library' || key < 0 || apps === 0) continue;
    let layer = layers.get(key);
    if (!layer) {
      layer = {
        blocks: [],
        apps: 0,
        first: [],
        memory: p.figures.memoryMiB,
        disk: p.figures.diskMiB,
      };
      layers.set(key, layer);
    }
    layer.blocks.push(p);
    layer.apps += apps;
    layer.first = earliest(layer.first, first[p.index] ?? []);
  }
  let memActual = 0;
  let memSaved = 0;
  let diskActual = 0;
  let diskSaved = 0;
  const shared: SharedLayer[] = [];
  for (const layer of layers.values()) {
    const extra = layer.apps - 1;
    memActual += layer.memory;
    diskActual += layer.disk;
    memSaved += extra * layer.memory;
    diskSaved += extra * layer.disk;
    if (extra > 0) {
      shared.push({
        blockIds: layer.blocks.map((p) => p.block.id),
        appCount: layer.apps,
        firstAppIds: layer.first.map((p) => p.block.id),
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
