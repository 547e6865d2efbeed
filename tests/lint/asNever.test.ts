import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import config from '../../eslint.config.js';
import { lintProbe } from './lintProbe';

// `as never` fits anything anywhere, so it silences every check at once; ids are made with their
// brand's constructor instead. Proven, not promised: a file in src with `as never` fails lint,
// in the app and in its tests, while the brand constructors and other casts pass. The lint run
// uses the very configs of eslint.config.js that ban it, with their own files and ignores.
const RULE = 'no-restricted-syntax';
const bansAsNever = (c: Linter.Config) =>
  JSON.stringify(c.rules?.[RULE] ?? null).includes('TSNeverKeyword');
const configs = config.filter(bansAsNever);

const ruleIds = lintProbe(configs);

const HEADER = `import { asBlockId, type BlockId } from '@/engine';\n`;

describe('no `as never` in src (eslint.config.js)', () => {
  it('is set by eslint.config.js, for the app and for its tests', () => {
    expect(configs.length).toBe(2);
  });

  it.each([
    ['as never', `export const f = (s: Set<BlockId>, id: string) => s.has(id as never);\n`],
    ['<never>x', `export const f = (s: Set<BlockId>, id: string) => s.has(<never>id);\n`],
    ['on an argument', `export const f = (g: (id: BlockId) => void) => g('x' as never);\n`],
  ])('%s fails lint, in the app and in its tests', async (_, code) => {
    for (const file of ['src/canvas/probe.ts', 'src/panels/probe.test.ts', 'src/engine/probe.ts'])
      expect(await ruleIds(file, HEADER + code), file).toEqual([RULE]);
  });

  it.each([
    [
      'the brand constructor',
      `export const f = (s: Set<BlockId>, id: string) => s.has(asBlockId(id));\n`,
    ],
    ['a cast to the type meant', `export const n = JSON.parse('1') as number;\n`],
    ['`never` elsewhere in a type', `export const none: never[] = [];\n`],
    ['as const', `export const kinds = ['a', 'b'] as const;\n`],
  ])('%s passes', async (_, code) => {
    expect(await ruleIds('src/canvas/probe.ts', HEADER + code)).toEqual([]);
  });

  it('keeps the app’s other restrictions beside it (labels are text)', async () => {
    const html = `export const P = () => <p dangerouslySetInnerHTML={{ __html: 'x' }} />;\n`;
    expect(await ruleIds('src/panels/probe.tsx', html)).toEqual([RULE]);
  });
});
