// Types for eslint.layers.js, so the layer probe test (tests/lint/layers.test.ts) reads the very
// table lint enforces, type-checked.
import type { Linter } from 'eslint';

type Layer = 'engine' | 'store' | 'persist' | 'ui' | 'canvas' | 'panels' | 'live' | 'app';

export declare const UI_LIBS: readonly string[];
export declare const LAYERS: Readonly<Record<Layer, readonly Layer[]>>;
export declare const ENGINE_ENTRIES: readonly string[];
export declare const layerConfigs: Linter.Config[];
