import { describe, expect, it } from 'vitest';
import { buildDesign, DOCKER_HOST } from '../../tests/helpers/buildDesign';
import { setFigure } from './edit/designEdits';
import { evaluate } from './evaluate';
import { asBlockId } from './ids';
import { sameStructure } from './sameStructure';
import { shareReport } from './shareReport';

const design = buildDesign([
  ...DOCKER_HOST,
  ['libs', 'library', 'debian-slim', 'docker'],
  ['y', 'app', 'web-app', 'libs'],
  ['z', 'app', 'web-app', 'libs'],
  ['hw2', 'hardware', 'laptop'],
  ['os2', 'os', 'debian', 'hw2'],
]);

describe('shareReport', () => {
  it('returns the previous report itself when nothing changed', () => {
    const first = evaluate(design);
    expect(shareReport(first, evaluate(design))).toBe(first);
  });

  it('keeps the objects of blocks whose results did not change', () => {
    const first = evaluate(design);
    const next = shareReport(first, evaluate(setFigure(design, asBlockId('z'), 'memoryMiB', 70)));
    expect(next).not.toBe(first);
    expect(next.blocks.get(asBlockId('y'))).toBe(first.blocks.get(asBlockId('y')));
    // App Y: 20 MiB less free memory still fits the same 1,167 more copies, so nothing changed.
    expect(next.apps[0]).toBe(first.apps[0]);
    expect(next.apps[1]).not.toBe(first.apps[1]);
    expect(next.hardware[1]).toBe(first.hardware[1]); // the second machine is untouched
    expect(next.hardware[0]).not.toBe(first.hardware[0]);
  });
});

describe('sameStructure', () => {
  it('ignores positions but not hosts, labels or figures', () => {
    const moved = {
      ...design,
      blocks: design.blocks.map((b) => (b.id === 'hw2' ? { ...b, x: 900 } : b)),
    };
    expect(sameStructure(design, moved)).toBe(true);
    expect(sameStructure(design, setFigure(design, asBlockId('z'), 'memoryMiB', 70))).toBe(false);
  });
});
