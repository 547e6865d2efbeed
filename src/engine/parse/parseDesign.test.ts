import { describe, expect, it } from 'vitest';
import { parseDesign } from './parseDesign';
import { serializeDesign } from './serializeDesign';
import type { ParseErrorCode, ParseWarningCode } from './types';
import { expectOk, expectRefused } from '../../../tests/helpers/results';

const ok = (blocks: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'stack-sandbox',
  version: 1,
  name: 'Lab 1',
  blocks,
  ...extra,
});
const hw = { id: 'hw', kind: 'hardware', variant: 'x86-server' };
const os = { id: 'os', kind: 'os', variant: 'ubuntu', on: 'hw' };

describe('parseDesign refuses inputs that are not a design at all', () => {
  it.each<[string, unknown, ParseErrorCode]>([
    ['a number', 42, 'not-a-design'],
    ['null', null, 'not-a-design'],
    ['an array', [hw], 'not-a-design'],
    ['text that is not JSON', '{"format": "stack-sandbox",', 'not-json'],
    ['an empty string', '', 'not-json'],
    ['a package.json', { name: 'x', version: '1.0.0' }, 'not-a-design'],
    ['another format', { format: 'excalidraw', version: 1, blocks: [] }, 'not-a-design'],
    ['a newer version', ok([hw], { version: 3 }), 'newer-version'],
    ['a version that is not a number', ok([hw], { version: 'one' }), 'bad-version'],
    ['a newer version written as text', ok([hw], { version: '3' }), 'newer-version'],
    ['version zero', ok([hw], { version: 0 }), 'bad-version'],
    ['a fractional version', ok([hw], { version: 1.5 }), 'bad-version'],
    ['no list of blocks', { format: 'stack-sandbox', version: 1 }, 'bad-blocks'],
    ['blocks that are an object', ok([], { blocks: { a: hw } }), 'bad-blocks'],
    ['more than 1,000 blocks', ok(Array.from({ length: 1_001 }, () => hw)), 'too-many-blocks'],
    ['text over 16 MB', ' '.repeat(16 * 1024 * 1024 + 1), 'too-large'],
  ])('%s → %s', (_, input, code) => {
    const { error } = expectRefused(parseDesign(input));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('says a newer file is from a newer version and that nothing changed', () => {
    const result = parseDesign(ok([hw], { version: 7 }));
    expect(!result.ok && result.error.message).toMatch(/newer.*version 7.*Nothing was changed/s);
  });

  it('reads a version written as text ("1") as that version: nothing to repair', () => {
    expect(expectOk(parseDesign(ok([hw], { version: '1' }))).warnings).toEqual([]);
  });

  it('reports a fault of its own as internal-error, never as a refusal of the input', () => {
    // No JSON can hold a getter: one that throws stands for a bug inside the parser.
    const evil = { format: 'stack-sandbox', version: 1 };
    Object.defineProperty(evil, 'blocks', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(expectRefused(parseDesign(evil)).error.code).toBe('internal-error');
  });
});

describe('parseDesign repairs one bad block and loads the rest', () => {
  it.each<[string, unknown[], ParseWarningCode, (ids: string[]) => void]>([
    [
      'a block that is not an object',
      [hw, 'nonsense', os],
      'bad-block',
      (ids) => expect(ids).toEqual(['hw', 'os']),
    ],
    [
      'an unknown kind',
      [hw, { id: 'k', kind: 'toaster', variant: 'x' }, os],
      'unknown-kind',
      (ids) => expect(ids).toEqual(['hw', 'os']),
    ],
    [
      'a missing id',
      [hw, { kind: 'os', variant: 'ubuntu', on: 'hw' }],
      'bad-id',
      (ids) => expect(ids).toEqual(['hw', 'os-2']),
    ],
    [
      'an id that is a number',
      [hw, { id: 7, kind: 'os', variant: 'ubuntu' }],
      'bad-id',
      (ids) => expect(ids).toEqual(['hw', 'os-2']),
    ],
    [
      'a duplicate id',
      [hw, { ...hw }, os],
      'duplicate-id',
      (ids) => expect(ids).toEqual(['hw', 'hw-2', 'os']),
    ],
    [
      'a dangling host',
      [hw, { ...os, on: 'nowhere' }],
      'dangling-host',
      (ids) => expect(ids).toEqual(['hw', 'os']),
    ],
    [
      'a host that is not a string',
      [hw, { ...os, on: 3 }],
      'bad-host',
      (ids) => expect(ids).toEqual(['hw', 'os']),
    ],
    [
      'a label that is not text',
      [hw, { ...os, label: { html: '<b>' } }],
      'bad-label',
      (ids) => expect(ids).toEqual(['hw', 'os']),
    ],
    [
      'a position that is NaN',
      [hw, { ...os, x: Number.NaN }],
      'bad-position',
      (ids) => expect(ids).toEqual(['hw', 'os']),
    ],
    [
      'a negative memory',
      [hw, { ...os, props: { memoryMiB: -5 } }],
      'bad-prop',
      (ids) => expect(ids).toEqual(['hw', 'os']),
    ],
    [
      'an infinite disk',
      [hw, { ...os, props: { diskMiB: Infinity } }],
      'bad-prop',
      (ids) => expect(ids).toEqual(['hw', 'os']),
    ],
    [
      'a figure that is text',
      [hw, { ...os, props: { startMs: '10' } }],
      'bad-prop',
      (ids) => expect(ids).toEqual(['hw', 'os']),
    ],
    [
      'an unknown variant',
      [hw, { ...os, variant: 'ubuntu-2099' }],
      'unknown-variant',
      (ids) => expect(ids).toEqual(['hw', 'os']),
    ],
  ])('%s', (_, blocks, code, check) => {
    const result = expectOk(parseDesign(ok(blocks)));
    expect(result.warnings.map((w) => w.code)).toContain(code);
    check(result.design.blocks.map((b) => b.id));
  });

  it('keeps a block of an unknown variant, labelled with what it was', () => {
    const result = parseDesign(ok([hw, { ...os, variant: 'ubuntu-2099' }]));
    expect(result.ok && result.design.blocks[1]).toMatchObject({
      variant: 'ubuntu',
      label: 'ubuntu-2099',
      on: 'hw',
    });
  });

  it('binds references to the first of two blocks with the same id', () => {
    const result = parseDesign(ok([hw, { ...hw }, os]));
    expect(result.ok && result.design.blocks[2]?.on).toBe('hw');
  });

  it('never gives a fresh id that a later block already uses', () => {
    const result = parseDesign(ok([hw, { ...hw }, { ...os, id: 'hw-2' }]));
    expect(result.ok && result.design.blocks.map((b) => b.id)).toEqual(['hw', 'hw-3', 'hw-2']);
  });

  it('cuts a circle of hosts at its first block and says so', () => {
    const result = expectOk(
      parseDesign(
        ok([
          { id: 'a', kind: 'os', variant: 'ubuntu', on: 'c' },
          { id: 'b', kind: 'engine', variant: 'docker', on: 'a' },
          { id: 'c', kind: 'app', variant: 'web-app', on: 'b' },
        ]),
      ),
    );
    expect(result.design.blocks.map((b) => b.on)).toEqual([undefined, 'a', 'b']);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'host-cycle', blockId: 'a' }),
    ]);
  });

  it('cuts a block that runs on itself', () => {
    const result = parseDesign(ok([{ ...os, on: 'os' }]));
    expect(result.ok && result.design.blocks[0]?.on).toBeUndefined();
  });

  it('caps labels at 200 characters without splitting an emoji, and drops control characters', () => {
    const label = '🙂'.repeat(150) + 'x'.repeat(100);
    const result = expectOk(parseDesign(ok([{ ...hw, label: `a\u0000b\n${label}` }])));
    const got = result.design.blocks[0]?.label ?? '';
    expect(Array.from(got)).toHaveLength(200);
    expect(got.startsWith('a b ')).toBe(true);
    expect(got).not.toMatch(/\uD83D$/);
  });

  it('caps a 10 MB label and a 10 MB design name at once, markup kept as plain text', () => {
    const huge = '<img src=x onerror=alert(1)>'.repeat(360_000); // ≈ 10 MB
    const result = expectOk(
      parseDesign(ok([{ ...hw, label: huge }], { name: `javascript:${huge}` })),
    );
    expect(result.design.blocks[0]?.label).toHaveLength(200);
    expect(result.design.blocks[0]?.label?.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(result.design.name.length).toBeLessThanOrEqual(200);
  });

  it('reads a version-less file as version 1, with a warning', () => {
    const result = parseDesign({ format: 'stack-sandbox', blocks: [hw] });
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['missing-version']);
  });

  it('accepts "hypervisorType": 1 as the string "1"', () => {
    const result = parseDesign(
      ok([
        hw,
        { id: 'h', kind: 'hypervisor', variant: 'kvm', on: 'hw', props: { hypervisorType: 1 } },
      ]),
    );
    expect(result.ok && result.design.blocks[1]?.props).toEqual({ hypervisorType: '1' });
  });

  it('ignores unknown keys and figures of other kinds', () => {
    const result = parseDesign(
      ok([{ ...hw, colour: 'red', props: { vmMemoryMiB: 1, memoryMiB: 2048, evil: 1 } }], {
        extra: true,
      }),
    );
    expect(result.ok && result.design.blocks[0]).toEqual({
      id: 'hw',
      kind: 'hardware',
      variant: 'x86-server',
      props: { memoryMiB: 2048 },
    });
  });

  it('reads JSON text, with or without a byte-order mark', () => {
    const text = JSON.stringify(ok([hw]));
    expect(parseDesign(text).ok).toBe(true);
    expect(parseDesign(`\uFEFF${text}`).ok).toBe(true);
  });
});

describe('parseDesign and hostile keys', () => {
  it('does not let __proto__ or constructor keys pollute anything', () => {
    const text = `{"format":"stack-sandbox","version":1,"blocks":[{"id":"__proto__","kind":"hardware","variant":"x86-server","__proto__":{"polluted":1},"props":{"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}}}},{"id":"constructor","kind":"os","variant":"ubuntu","on":"__proto__"}],"__proto__":{"polluted":4}}`;
    const result = expectOk(parseDesign(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.design.blocks.map((b) => b.id)).toEqual(['__proto__', 'constructor']);
    expect(result.design.blocks[1]?.on).toBe('__proto__');
    expect(result.design.blocks[0]?.props).toBeUndefined();
    for (const b of result.design.blocks) expect(Object.getPrototypeOf(b)).toBe(Object.prototype);
  });
});

describe('serializeDesign', () => {
  it('writes the public format, one block per line, and reads back the same design', () => {
    const first = expectOk(
      parseDesign(
        ok([hw, { ...os, label: 'Host “OS” ‮ 🙂', x: -0, y: 12.5, props: { memoryMiB: 0 } }]),
      ),
    );
    const text = serializeDesign(first.design);
    expect(text).toMatch(/^\{\n {2}"format": "stack-sandbox",\n {2}"version": 2,\n/);
    expect(text.split('\n').filter((l) => l.startsWith('    {'))).toHaveLength(2);
    const again = parseDesign(text);
    expect(again.ok && again.design).toEqual(first.design);
    expect(again.ok && again.warnings).toEqual([]);
  });
});
