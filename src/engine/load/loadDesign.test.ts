import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { arbitraryRawDesign } from '../../../tests/helpers/arbitraries';
import { trickyLabel } from '../../../tests/helpers/labels';
import { parseDesign } from '../parse/parseDesign';
import { serializeDesign } from '../parse/serializeDesign';
import { utf8Encode } from '../utf8';
import { jsonDepthExceeds } from './jsonDepth';
import { loadDesign } from './loadDesign';
import { LOAD_LIMITS } from './loadLimits';

const RUNS = 500;
let inputs = 0;
afterAll(() =>
  console.log(`loadDesign property tests tried ${inputs.toLocaleString('en')} inputs`),
);

describe('loadDesign never throws', () => {
  it.each([
    ['any bytes', fc.uint8Array({ maxLength: 2000 })],
    ['any JSON value', fc.jsonValue()],
    ['any string', fc.string({ unit: 'binary', maxLength: 2000 })],
    ['any value at all', fc.anything()],
    ['JSON text of any JSON value', fc.jsonValue().map((v) => JSON.stringify(v))],
  ] as const)('on %s', (_, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<unknown>, (input) => {
        inputs++;
        const result = loadDesign(input, 'paste');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('loadDesign refuses, before parsing', () => {
  it('a file over the size limit', () => {
    const big = new Uint8Array(LOAD_LIMITS.maxFileBytes + 1);
    const r = loadDesign(big, 'file');
    expect(!r.ok && r.error).toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/limit is 5 MB/),
    });
  });

  it('bytes that are not UTF-8 text (an image)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]);
    expect(loadDesign(png, 'file')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not text/) },
    });
  });

  it('JSON nested 100,000 deep, without a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(loadDesign(deep, 'paste')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/nested/) },
    });
    expect(jsonDepthExceeds('{"a":"[[[[[[[[[["}', 3)).toBe(false);
  });

  it('an empty file', () => {
    expect(loadDesign(new Uint8Array(), 'file')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/empty/) },
    });
  });
});

describe('the file codec', () => {
  it('round-trips every accepted design through bytes, labels of every kind included', () => {
    const withLabels = fc
      .tuple(arbitraryRawDesign(20), fc.array(trickyLabel, { maxLength: 20 }))
      .map(([raw, labels]) => ({
        ...raw,
        name: labels[0] ?? raw.name,
        blocks: raw.blocks.map((b, i) =>
          labels[i] === undefined ? b : { ...b, label: labels[i] },
        ),
      }));
    fc.assert(
      fc.property(withLabels, (raw) => {
        inputs++;
        const first = parseDesign(raw);
        if (!first.ok) return;
        const again = loadDesign(utf8Encode(serializeDesign(first.design)), 'file');
        expect(again.ok && again.design).toEqual(first.design);
      }),
      { numRuns: RUNS },
    );
  });

  it('never lets __proto__ or constructor pollute anything', () => {
    const hostileKey = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
    );
    const hostile = fc.dictionary(hostileKey, fc.jsonValue(), { maxKeys: 5 }).chain((junk) =>
      fc.record({
        id: hostileKey,
        kind: fc.constantFrom('app', 'os'),
        variant: fc.constantFrom('web-app', 'ubuntu'),
        props: fc.constant(junk),
        on: hostileKey,
      }),
    );
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 6 }), (blocks) => {
        inputs++;
        const text = JSON.stringify({ format: 'stack-sandbox', version: 1, blocks });
        loadDesign(
          `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},${text.slice(1)}`,
          'paste',
        );
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: RUNS },
    );
  });
});
