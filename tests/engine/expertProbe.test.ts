import { describe, expect, it } from 'vitest';
import { CATALOG, RULE_IDS } from '@/engine';
import { ARCH_ROWS } from './probe/archRows';
import { CAPACITY_ROWS } from './probe/capacityRows';
import { CONTAINER_ROWS } from './probe/containerRows';
import { HYPERVISOR_ROWS } from './probe/hypervisorRows';
import { LIBC_ROWS } from './probe/libcRows';
import { NESTED_ROWS } from './probe/nestedRows';
import { PLACEMENT_ROWS } from './probe/placementRows';
import { disagreements, type ProbeRow } from './probe/probeRow';

// An expert's probe of the engine: each row is a design, the verdict a virtualization expert
// expects (every diagnostic, nothing else), the key numbers worked out by hand from the catalog
// figures (arithmetic in the comments), and the page the expectation rests on. None of it was
// copied from the engine's output.
//
// Rows that disagree with the engine as this probe was written (the engine, not the row, is
// believed wrong; see the row's comment and its source): a library on an app is charged; a
// misplaced ESXi still gets virtualization warnings (nested, competing); bare-metal Xen's and
// Hyper-V's cold starts leave out their Dom0 / root partition's boot; an app in an emulated
// guest names no translator; blocks whose link is illegal (Docker Engine on macOS, x86 Windows
// on Apple silicon) still run and are charged; a language runtime on musl (python on Alpine,
// node:22-alpine) is refused.
const ROWS: readonly ProbeRow[] = [
  ...PLACEMENT_ROWS,
  ...HYPERVISOR_ROWS,
  ...NESTED_ROWS,
  ...ARCH_ROWS,
  ...CONTAINER_ROWS,
  ...LIBC_ROWS,
  ...CAPACITY_ROWS,
];

describe('the expert probe', () => {
  it.each(ROWS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    expect(disagreements(row)).toEqual([]);
  });
});

describe('the probe covers the model', () => {
  const variantsUsed = new Set(ROWS.flatMap((r) => r.blocks.map((b) => b[2])));

  it('has at least 60 designs, each with a source', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
    for (const row of ROWS) expect(row.source, row.name).toMatch(/^https:\/\//);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
  });

  it('expects every rule to fire somewhere', () => {
    const expected = new Set(ROWS.flatMap((r) => r.verdict.map((v) => v[1])));
    expect(RULE_IDS.filter((id) => !expected.has(id))).toEqual([]);
  });

  it.each(['hardware', 'os', 'hypervisor', 'engine', 'library', 'app'] as const)(
    'uses every %s variant',
    (kind) => {
      expect(CATALOG[kind].map((v) => v.id).filter((id) => !variantsUsed.has(id))).toEqual([]);
    },
  );

  it('builds on both architectures: the x86 server, the Arm server and an Apple-silicon Mac', () => {
    for (const machine of ['x86-server', 'arm-server', 'mac-apple-silicon']) {
      const rows = ROWS.filter((r) => r.blocks.some((b) => b[2] === machine));
      expect(rows.length, machine).toBeGreaterThanOrEqual(5);
    }
  });
});
