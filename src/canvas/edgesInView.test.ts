import { asBlockId, type BlockBox, type BlockId } from '@/engine';
import { describe, expect, it } from 'vitest';
import { edgesIn, viewArea } from './edgesInView';
import type { RunsOnFlowEdge } from './flowTypes';

const box = (x: number, y: number, parent?: string): BlockBox => ({
  x,
  y,
  width: 176,
  height: 58,
  parentId: parent === undefined ? undefined : asBlockId(parent),
});
const link = (target: string, source: string): RunsOnFlowEdge => ({
  id: `runs-on:${target}`,
  type: 'runsOn',
  source,
  target,
  data: { ok: true },
});

describe('viewArea', () => {
  it('rounds the view out to whole 1,000-unit cells, with a cell to spare on every side', () => {
    // At zoom 1 with no pan, a 800 × 600 pane shows x 0–800, y 0–600: cells 0–1 widened to −1…2.
    expect(viewArea([0, 0, 1], 800, 600)).toBe('-1000,-1000,2000,2000');
    // At zoom 0.5, panned 1,000 px left: x 2,000–3,600 and y 0–1,200 of the canvas.
    expect(viewArea([-1000, 0, 0.5], 800, 600)).toBe('1000,-1000,5000,3000');
  });

  it('does not change while the view pans within a cell', () => {
    expect(viewArea([-10, -10, 1], 800, 600)).toBe(viewArea([-200, -300, 1], 800, 600));
  });
});

describe('edgesIn', () => {
  // A host as wide as the design, with one app near the view and one 50,000 units away.
  const boxes = new Map<BlockId, BlockBox>([
    [asBlockId('base'), { ...box(0, 100), width: 60_000 }],
    [asBlockId('near'), box(500, 0, 'base')],
    [asBlockId('far'), box(50_000, 0, 'base')],
  ]);
  const edges = [link('near', 'base'), link('far', 'base')];

  it('keeps the link under a block near the view, not one whose block is far away', () => {
    expect(
      edgesIn(edges, boxes, viewArea([0, 0, 1], 800, 600), new Set()).map((e) => e.id),
    ).toEqual(['runs-on:near']);
  });

  it('keeps the links of selected blocks wherever they are (they may be dragged)', () => {
    const area = viewArea([0, 0, 1], 800, 600);
    expect(edgesIn(edges, boxes, area, new Set(['far'])).map((e) => e.id)).toEqual([
      'runs-on:near',
      'runs-on:far',
    ]);
  });
});
