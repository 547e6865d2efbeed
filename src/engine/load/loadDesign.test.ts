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
import { expectOk, expectRefused } from '../../../tests/helpers/results';

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
    // Designs, not only junk: a loader that failed on real designs must not pass unnoticed.
    [
      'the bytes of any generated design',
      arbitraryRawDesign().map((d) => utf8Encode(JSON.stringify(d))),
    ],
  ] as const)('on %s', (_, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<unknown>, (input) => {
        inputs++;
        const result = loadDesign(input, 'paste');
        // Refusing junk is normal; a fault of the loader's own never is.
        expect(result.ok || result.error.code).not.toBe('internal-error');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('loadDesign refuses, before parsing', () => {
  it('a file over the size limit, in one unit, never rounded down to the limit', () => {
    // One byte over 5 MiB is 5.000001 MiB: rounded up to a tenth, 5.1 MiB, never "5 MiB".
    const big = new Uint8Array(LOAD_LIMITS.maxFileBytes + 1);
    expect(expectRefused(loadDesign(big, 'file')).error).toEqual({
      code: 'too-large',
      message: 'This file is too large to be a design (5.1 MiB; the limit is 5 MiB).',
    });
  });

  it.each([
    ['a PNG picture', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]],
    ['a zip archive', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe]],
    ['not text', [0x00, 0xff, 0xfe, 0xfd]],
  ])('bytes that are not text, saying what they seem to be: %s', (what, bytes) => {
    expect(expectRefused(loadDesign(new Uint8Array(bytes), 'file')).error.message).toContain(what);
  });

  it('JSON nested 100,000 deep, without a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(expectRefused(loadDesign(deep, 'paste')).error.message).toMatch(/nested/);
    expect(jsonDepthExceeds('{"a":"[[[[[[[[[["}', 3)).toBe(false);
  });

  it('an empty file', () => {
    expect(expectRefused(loadDesign(new Uint8Array(), 'file')).error.message).toMatch(/empty/);
  });
});

describe('loadDesign reads text files as Windows writes them', () => {
  const text = JSON.stringify({ format: 'stack-sandbox', version: 1, name: 'Lab 🙂', blocks: [] });
  /** `text` as UTF-16 with its byte-order mark, as Notepad saves "Unicode". */
  function utf16(order: 'le' | 'be'): Uint8Array {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const [hi, lo] = [unit >> 8, unit & 0xff];
      out.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
    }
    return out;
  }

  it.each(['le', 'be'] as const)('UTF-16 (%s) with a byte-order mark', (order) => {
    expect(expectOk(loadDesign(utf16(order), 'file')).design.name).toBe('Lab 🙂');
  });

  it('UTF-8 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8Encode(text)]);
    expect(expectOk(loadDesign(bytes, 'file')).design.name).toBe('Lab 🙂');
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
        const first = expectOk(parseDesign(raw));
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
