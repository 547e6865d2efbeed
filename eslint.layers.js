// The layers of the app and what each may import: one table, enforced by lint (see
// eslint.config.js) and proven by tests/lint/layers.test.ts, which lints a file breaking each
// rule and expects it to fail. Dependencies point one way:
//   engine ← store ← persist ← ui ← canvas/panels ← live ← app;  engine ← server.

/** Third-party UI libraries: the engine and the class server never touch them. */
export const UI_LIBS = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  '@xyflow/*',
];

/** Every layer under src/, and the layers each may import (besides itself). */
export const LAYERS = {
  engine: [],
  store: ['engine'],
  persist: ['engine', 'store'],
  ui: ['engine', 'store'],
  canvas: ['engine', 'store', 'persist', 'ui'],
  panels: ['engine', 'store', 'persist', 'ui'],
  live: ['engine', 'store', 'persist', 'ui', 'panels'],
  app: ['engine', 'store', 'persist', 'ui', 'canvas', 'panels', 'live'],
};

/**
 * Files inside src/engine that the app may import directly: the engine's public index
 * (`@/engine`) plus the entry points of what loads on demand (exercises, templates, the glossary,
 * the link codec…), so that importing them never drags them into the first download. Anything
 * else inside the engine is private to it.
 */
export const ENGINE_ENTRIES = [
  'catalog/notes',
  'exercise/builtInExercises',
  'exercise/checkExercise',
  'exercise/checkGoal',
  'exercise/describeGoal',
  'exercise/exercise',
  'exercise/goals',
  'exercise/grade',
  'exercise/parseExercise',
  'exercise/suggestGoal',
  'formatBytes',
  'glossary',
  'layout/tidyStacks',
  'link/shareLink',
  'load/loadDesign',
  'parse/isolate',
  'parse/text',
  'present/buildUp',
  'present/headline',
  'present/otherWay',
  'present/toContainers',
  'present/toVms',
  'rules/ruleTitles',
  'templates',
];

const ALL = Object.keys(LAYERS);
const ENTRY_ALTERNATIVES = ENGINE_ENTRIES.join('|');
const importsOf = (dir) => [`@/${dir}`, `@/${dir}/*`, `**/${dir}/*`];

/**
 * `no-restricted-imports` for one layer: the layers it may not import, and deep engine paths.
 * @param {keyof typeof LAYERS} name
 */
function layerRule(name) {
  const forbidden = ALL.filter((other) => other !== name && !LAYERS[name].includes(other));
  const patterns = [];
  if (forbidden.length > 0)
    patterns.push({
      group: forbidden.flatMap(importsOf),
      message: `src/${name} may import only ${LAYERS[name].join(', ') || 'nothing of the app'} (eslint.layers.js).`,
    });
  if (name === 'engine') {
    patterns.push({
      group: UI_LIBS,
      message: 'src/engine is pure TypeScript: no React, zustand or React Flow.',
    });
  } else {
    patterns.push({
      regex: `^@/engine/(?!(${ENTRY_ALTERNATIVES})$)`,
      message:
        'Import the engine from @/engine, or one of its on-demand entry files (ENGINE_ENTRIES).',
    });
  }
  return { 'no-restricted-imports': ['error', { patterns }] };
}

/** The engine is pure and deterministic: no DOM, no clock, no timers, no randomness. */
const ENGINE_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'fetch',
  'performance',
  'requestAnimationFrame',
  'setTimeout',
  'setInterval',
  'Date',
  'crypto',
].map((name) => ({ name, message: 'src/engine is pure: no DOM, clock, timers or randomness.' }));

/** The layer configs, ready to spread into a flat ESLint config. */
export const layerConfigs = [
  ...ALL.map((name) => ({
    files: [`src/${name}/**/*.{ts,tsx}`],
    ignores: name === 'engine' ? ['src/engine/**/*.test.ts'] : [],
    rules: layerRule(name),
  })),
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...ENGINE_GLOBALS],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'src/engine is deterministic: no randomness.',
        },
        { object: 'Date', property: 'now', message: 'src/engine is pure: no clock.' },
      ],
    },
  },
  {
    // The class server judges designs with the engine and nothing else of the app: no React,
    // no store, no views. The protocol file is shared with the live-class client.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...UI_LIBS,
                '@/*',
                ...['store', 'persist', 'canvas', 'panels', 'app', 'ui'].map(
                  (d) => `**/src/${d}/**`,
                ),
                '**/src/*.tsx',
                '**/src/live/*',
                '!**/src/live/protocol',
              ],
              message: 'The class server may import src/engine (and src/live/protocol) only.',
            },
            {
              regex: `/src/engine/(?!(${ENTRY_ALTERNATIVES})$)`,
              message: 'The class server imports the engine from its index or its entry files.',
            },
          ],
        },
      ],
    },
  },
];
