import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerConfigs } from './eslint.layers.js';

// Which layer may import which, the engine's purity and the class server's boundary live in
// one table: eslint.layers.js.

/**
 * `as never` fits anything anywhere, so it silences every check at once. An id is made with its
 * brand's constructor (`asBlockId`, `asVariantId`) or typed where it comes from; a value the
 * code cannot type yet gets a cast to the type it is, which says what is assumed.
 */
const NO_AS_NEVER = {
  selector: 'TSAsExpression > TSNeverKeyword.typeAnnotation, TSTypeAssertion > TSNeverKeyword',
  message: 'No `as never`: use the brand constructor (asBlockId, asVariantId…) or type the value.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'dist-bench-open',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'public/sw.js',
      '.scratch',
    ],
  },
  js.configs.recommended,
  // The type-aware preset: lint sees the types (floating promises, `any` leaking out of JSON and
  // untyped libraries, needless casts), for every file below, through the TypeScript project.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'eslint.layers.js'] },
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
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
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
        NO_AS_NEVER,
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
    // The app's tests make ids as the app does (the production files above have the same rule).
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', NO_AS_NEVER] },
  },
  ...layerConfigs,
  {
    // The engine says what its values are by typing them, not by casting: a cast hides exactly
    // the mistake a type would catch. `as const` stays allowed (the rule never reports it); the
    // few casts at trust boundaries carry an eslint-disable comment saying why.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
