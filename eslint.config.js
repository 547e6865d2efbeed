import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Dependencies point one way: engine ← store ← canvas/panels ← app. Each layer lists what it
// may not import; `src/engine` may not touch React, zustand, React Flow or the DOM at all.
const UI_LIBS = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  '@xyflow/*',
];
const layer = (forbidden, message) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: forbidden.flatMap((dir) => [`@/${dir}/*`, `**/${dir}/*`, `@/${dir}`]),
          message,
        },
      ],
    },
  ],
});

const DOM_GLOBALS = [
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
].map((name) => ({ name, message: 'src/engine is pure: no DOM, clock or timers.' }));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'public/sw.js',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // What the app ships: labels are text, and no code is made from strings.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Labels are text, never HTML.',
        },
        {
          selector:
            "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/], CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Labels are text, never HTML: build DOM nodes or use textContent.',
        },
        {
          selector: 'Literal[value=/^\\s*javascript:/i]',
          message: 'No javascript: URLs (the Content-Security-Policy would block them anyway).',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_LIBS.filter((p) => !p.includes('*')).map((name) => ({
            name,
            message: 'src/engine is pure TypeScript: no React, zustand or React Flow.',
          })),
          patterns: [
            {
              group: UI_LIBS.filter((p) => p.includes('*')),
              message: 'src/engine is pure TypeScript.',
            },
            {
              group: [
                '@/store/*',
                '@/canvas/*',
                '@/panels/*',
                '@/app/*',
                '@/live/*',
                '**/store/*',
                '**/canvas/*',
                '**/panels/*',
                '**/app/*',
                '**/live/*',
              ],
              message: 'The engine must not depend on UI layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: layer(['canvas', 'panels', 'app', 'live'], 'The store must not depend on views.'),
  },
  {
    files: ['src/persist/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    rules: layer(['canvas', 'panels', 'app', 'live'], 'Keeping work must not depend on views.'),
  },
  {
    files: ['src/canvas/**/*.{ts,tsx}'],
    rules: layer(['panels', 'app', 'live'], 'The canvas must not depend on panels or the shell.'),
  },
  {
    files: ['src/panels/**/*.{ts,tsx}'],
    rules: layer(['canvas', 'app', 'live'], 'Panels must not depend on the canvas or the shell.'),
  },
  {
    // The live class sits beside the shell: it uses the store, keeping work, panels and the
    // engine; the shell only loads it on demand, and nothing below it knows it exists.
    files: ['src/live/**/*.{ts,tsx}'],
    rules: layer(['canvas', 'app'], 'The live class must not depend on the canvas or the shell.'),
  },
  {
    // The class server judges designs with the engine and nothing else of the app: no React,
    // no store, no views. The protocol file is shared with the live-class client.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_LIBS.filter((p) => !p.includes('*')).map((name) => ({
            name,
            message: 'The class server never imports React, zustand or React Flow.',
          })),
          patterns: [
            {
              group: [
                ...UI_LIBS.filter((p) => p.includes('*')),
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
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
