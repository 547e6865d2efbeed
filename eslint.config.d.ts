// Types for eslint.config.js, so probe tests (tests/lint/engineCasts.test.ts) read the very
// configs lint runs, type-checked.
import type { Linter } from 'eslint';

declare const config: Linter.Config[];
export default config;
