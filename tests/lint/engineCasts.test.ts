import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../eslint.config.js';
import { lintProbe } from './lintProbe';

// The engine types its values instead of casting them (a cast hides exactly the mistake a type
// would catch). Proven, not promised: a file in src/engine with a cast fails lint, `as const`
// passes, and the engine's few casts at trust boundaries stay few and say why. The lint run uses
// the very configs of eslint.config.js that set the rule, with their own files and ignores.
const RULE = '@typescript-eslint/consistent-type-assertions';
const castConfigs = config.filter((c) => c.rules?.[RULE] !== undefined);

const ruleIds = lintProbe(castConfigs);

describe('no casts in the engine (eslint.config.js)', () => {
  it('is set by eslint.config.js', () => {
    expect(castConfigs.length).toBeGreaterThan(0);
  });

  it.each([
    ['as T', `export const n = JSON.parse('1') as number;\n`, 1],
    ['as unknown as T', `export const n = 'x' as unknown as number;\n`, 2],
    ['<T>x', `export const n = <number>JSON.parse('1');\n`, 1],
    ['as never', `export const f = (m: Map<number, 1>, id: string) => m.get(id as never);\n`, 1],
  ])('a cast (%s) in an engine file fails lint', async (_, code, count) => {
    expect(await ruleIds('src/engine/graph/probe.ts', code)).toEqual(Array(count).fill(RULE));
  });

  it.each([
    ['as const', `export const kinds = ['a', 'b'] as const;\n`],
    ['satisfies', `export const limits = { max: 3 } satisfies Record<string, number>;\n`],
    ['an annotation', `export const n: unknown = JSON.parse('1');\n`],
  ])('%s in an engine file passes', async (_, code) => {
    expect(await ruleIds('src/engine/graph/probe.ts', code)).toEqual([]);
  });

  it('lets a commented cast at a trust boundary through, and casts outside the engine', async () => {
    const cast = `export const n = JSON.parse('1') as number;\n`;
    const commented = `// eslint-disable-next-line ${RULE} -- a trust boundary\n${cast}`;
    expect(await ruleIds('src/engine/probe.ts', commented)).toEqual([]);
    // The engine's tests may cast (a hostile input is built on purpose), and so may other layers.
    expect(await ruleIds('src/engine/probe.test.ts', cast)).toEqual([]);
    expect(await ruleIds('src/store/probe.ts', cast)).toEqual([]);
  });

  it('keeps the commented casts to a handful, each saying why', () => {
    const files = readdirSync('src/engine', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join('src/engine', f));
    const disables = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.includes('eslint-disable') && line.includes(RULE))
        .map((line) => `${file}: ${line.trim()}`),
    );
    // Only ever the next line, and always with a reason after `--`.
    for (const line of disables) expect(line).toMatch(/eslint-disable-next-line \S+ -- \S/);
    expect(disables.length).toBeLessThanOrEqual(6);
  });
});
