import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectOk } from '../../../tests/helpers/results';
import { evaluate } from '../evaluate';
import { parseDesign } from './parseDesign';
import { designV1toV2 } from './designMigrations';

const v1Text = readFileSync(
  new URL('../../../tests/fixtures/formats/design-v1.json', import.meta.url),
  'utf8',
);

describe('design format: version 1 → 2', () => {
  const read = expectOk(parseDesign(v1Text));
  const block = (id: string) => read.design.blocks.find((b) => b.id === id);

  it('reads a version 1 file as the current version, with nothing to repair', () => {
    expect(read.design.version).toBe(2);
    expect(read.warnings).toEqual([]);
  });

  it('drops the pin version 1 put on an OS or app dropped on its machine: they are multi-arch now', () => {
    // Version 1 pinned Ubuntu to arm64 when it was dropped on the Arm server; the web app too.
    expect(block('os')?.props).toBeUndefined();
    expect(block('host')?.props).toBeUndefined();
    expect(block('web')?.props).toEqual({ libc: 'musl' });
  });

  it('keeps a pin the student chose: the arm64 Shop on the x86 server still fails', () => {
    expect(block('shop')?.props).toEqual({ arch: 'arm64' });
    const report = evaluate(read.design);
    expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual([
      'exec-format-error',
    ]);
  });

  it('moves a runtime’s C library to what it needs below it', () => {
    // Version 1: Python "libc: musl" meant a Python built for musl; version 2 says it needs musl.
    expect(block('py')?.props).toEqual({ needsLibc: 'musl', memoryMiB: 12 });
  });

  it('is a pure step: the migration is given a copy, the input is never changed', () => {
    const raw = JSON.parse(v1Text) as { blocks: { props?: unknown }[] };
    const before = JSON.stringify(raw);
    expectOk(parseDesign(raw));
    expect(JSON.stringify(raw)).toBe(before);
  });

  it('leaves a file it cannot make sense of to the field readers', () => {
    expect(designV1toV2({ format: 'stack-sandbox', version: 1, blocks: 'none' })).toEqual({
      format: 'stack-sandbox',
      version: 1,
      blocks: 'none',
    });
  });

  it('refuses a file from a version newer than this one, changing nothing', () => {
    const newer = { ...(JSON.parse(v1Text) as Record<string, unknown>), version: 3 };
    const result = parseDesign(newer);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'newer-version' });
    expect(!result.ok && result.error.message).toMatch(/version 3; this one reads version 2/);
  });
});
