import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, type BlockKind } from '../kinds';
import { FIGURE_SPECS, type FigureSpec } from '../figureSpecs';
import { CATALOG, findVariant } from '.';
import { NOTES, notesOf } from './notes';
import type { Variant } from './types';

const ALL: Variant[] = BLOCK_KINDS.flatMap((k) => CATALOG[k] as readonly Variant[]);

// DESIGN.md §4: ids the file format promises.
const REQUIRED: Readonly<Record<BlockKind, readonly string[]>> = {
  hardware: ['x86-server', 'arm-server', 'laptop-no-vt'],
  os: ['ubuntu', 'debian', 'alpine', 'windows-server', 'macos'],
  hypervisor: [
    'esxi',
    'xen',
    'hyper-v',
    'kvm',
    'virtualbox',
    'vmware-workstation',
    'firecracker',
    'qemu-emulation',
  ],
  engine: ['docker', 'podman', 'containerd', 'docker-desktop'],
  library: ['debian-slim', 'alpine-base', 'ubuntu-base', 'glibc', 'musl', 'python', 'node', 'jre'],
  app: ['web-app', 'api-service', 'database', 'static-binary'],
};

describe('the catalog', () => {
  it.each(BLOCK_KINDS)('offers every %s variant the file format names', (kind) => {
    for (const id of REQUIRED[kind]) expect(findVariant(kind, id), `${kind}/${id}`).toBeDefined();
  });

  it('describes exactly the variants it has', () => {
    expect(Object.keys(NOTES).sort()).toEqual(ALL.map((v) => `${v.kind}/${v.id}`).sort());
  });

  it('never uses one variant id twice', () => {
    const ids = ALL.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(ALL.map((v) => [`${v.kind}/${v.id}`, v] as const))('%s', (_, variant) => {
    const notes = notesOf(variant.kind, variant.id)!;
    const specs = FIGURE_SPECS[variant.kind] as readonly FigureSpec<Record<string, unknown>>[];

    it('has every figure of its kind, each valid', () => {
      const figures = variant.figures as Record<string, unknown>;
      expect(Object.keys(figures).sort()).toEqual(specs.map((s) => s.key).sort());
      for (const spec of specs) {
        const value = figures[spec.key];
        switch (spec.type) {
          case 'number':
            expect(typeof value, spec.key).toBe('number');
            expect(Number.isFinite(value), spec.key).toBe(true);
            expect(value as number, spec.key).toBeGreaterThanOrEqual(0);
            expect(value as number, spec.key).toBeLessThanOrEqual(spec.max);
            break;
          case 'enum':
            expect(spec.values, spec.key).toContain(value);
            break;
          case 'bool':
            expect(typeof value, spec.key).toBe('boolean');
            break;
        }
      }
    });

    it('marks only its own figures as estimates', () => {
      for (const key of notes.estimates) expect(specs.map((s) => s.key)).toContain(key);
      expect(new Set(notes.estimates).size).toBe(notes.estimates.length);
    });

    it('names a source URL for its figures', () => {
      expect(notes.sources.length).toBeGreaterThan(0);
      for (const source of notes.sources) expect(new URL(source).protocol).toBe('https:');
    });

    it('has a label and a two-sentence description', () => {
      expect(variant.label.trim()).not.toBe('');
      const sentences = notesOf(variant.kind, variant.id)!.description.split(
        /(?<=[.!?])\s+(?=[A-Z"“])/,
      );
      expect(sentences).toHaveLength(2);
    });
  });
});
