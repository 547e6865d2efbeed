import { describe, expect, it } from 'vitest';
import { ENGINE_ENTRIES, LAYERS, layerConfigs } from '../../eslint.layers.js';
import { lintProbe } from './lintProbe';

// Proves the layering is enforced, not promised: a file in each layer that imports what it may
// not must fail lint with `no-restricted-imports`, and what it may import must pass. The lint
// run uses the very configs eslint.config.js spreads (eslint.layers.js).
const ruleIds = lintProbe(layerConfigs);

type Layer = keyof typeof LAYERS;
const layers = Object.keys(LAYERS) as Layer[];
// The one-way rule, written here on its own (not read from the table it checks): a layer never
// imports a layer at its own level or above. The table may allow less, never more.
const LEVEL: Readonly<Record<Layer, number>> = {
  engine: 0,
  store: 1,
  persist: 2,
  ui: 3,
  canvas: 4,
  panels: 4,
  live: 5,
  app: 6,
};
const forbidden = layers.flatMap((from) =>
  layers
    .filter((to) => to !== from && (LEVEL[to] >= LEVEL[from] || !LAYERS[from].includes(to)))
    .map((to) => [from, to] as const),
);
const allowed = layers.flatMap((from) => LAYERS[from].map((to) => [from, to] as const));

describe('the layers lint enforces (eslint.layers.js)', () => {
  it.each(forbidden)('src/%s may not import src/%s', async (from, to) => {
    const file = `src/${from}/probe.ts`;
    expect(await ruleIds(file, `import { x } from '@/${to}/thing';\nexport { x };\n`)).toEqual([
      'no-restricted-imports',
    ]);
    // Nor by a relative path.
    expect(await ruleIds(file, `import { x } from '../${to}/thing';\nexport { x };\n`)).toEqual([
      'no-restricted-imports',
    ]);
  });

  it.each(allowed)('src/%s may import src/%s', async (from, to) => {
    const target = to === 'engine' ? '@/engine' : `@/${to}/thing`;
    expect(
      await ruleIds(`src/${from}/probe.ts`, `import { x } from '${target}';\nexport { x };\n`),
    ).toEqual([]);
  });

  it('keeps the engine’s insides private: only its index and its on-demand entry files', async () => {
    const deep = `import { x } from '@/engine/graph/placeDesign';\nexport { x };\n`;
    expect(await ruleIds('src/panels/probe.tsx', deep)).toEqual(['no-restricted-imports']);
    for (const entry of ENGINE_ENTRIES) {
      const code = `import { x } from '@/engine/${entry}';\nexport { x };\n`;
      expect(await ruleIds('src/panels/probe.tsx', code), entry).toEqual([]);
    }
  });

  it('keeps the engine pure: no React, no DOM, no clock, no randomness', async () => {
    const file = 'src/engine/probe.ts';
    expect(
      await ruleIds(file, `import { useState } from 'react';\nexport { useState };\n`),
    ).toEqual(['no-restricted-imports']);
    expect((await ruleIds(file, `export const now = Date.now();\n`)).sort()).toEqual([
      'no-restricted-globals',
      'no-restricted-properties',
    ]);
    expect(await ruleIds(file, `export const r = Math.random();\n`)).toEqual([
      'no-restricted-properties',
    ]);
    expect(await ruleIds(file, `export const d = new Date();\n`)).toEqual([
      'no-restricted-globals',
    ]);
    expect(await ruleIds(file, `export const w = window.innerWidth;\n`)).toEqual([
      'no-restricted-globals',
    ]);
    // Its tests may use what they like.
    expect(await ruleIds('src/engine/probe.test.ts', `export const now = Date.now();\n`)).toEqual(
      [],
    );
  });

  it('keeps the class server on the engine and the shared protocol', async () => {
    const file = 'server/probe.ts';
    for (const code of [
      `import { x } from '../src/store/sandboxStore';`,
      `import { x } from '@/panels/thing';`,
      `import { x } from '../src/live/Dashboard';`,
      `import { x } from '../src/engine/graph/placeDesign';`,
      `import React from 'react';`,
    ])
      expect(await ruleIds(file, `${code}\nexport { x };\n`), code).toEqual([
        'no-restricted-imports',
      ]);
    for (const code of [
      `import { x } from '../src/engine';`,
      `import { x } from '../src/engine/load/loadDesign';`,
      `import { x } from '../src/live/protocol';`,
    ])
      expect(await ruleIds(file, `${code}\nexport { x };\n`), code).toEqual([]);
  });
});
