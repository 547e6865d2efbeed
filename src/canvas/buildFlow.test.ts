import { asBlockId, layoutStacks, setFigure, type Design } from '@/engine';
import { TEMPLATES } from '@/engine/templates';
import { createReportCache } from '@/store/reportCache';
import { describe, expect, it } from 'vitest';
import { buildEdges, buildNodes } from './buildFlow';
import type { BlockFlowNode, RunsOnFlowEdge } from './flowTypes';

const design = TEMPLATES.find((t) => t.id === 'containers-in-vms')!.design;

function build(
  d: Design,
  reports: ReturnType<typeof createReportCache>,
  current: BlockFlowNode[] = [],
) {
  return buildNodes(
    d,
    layoutStacks(d),
    new Set(),
    reports.get(d),
    new Map(current.map((n) => [n.id, n])),
    'hw',
  );
}

describe('buildNodes', () => {
  it('orders parents before children and nests each block in its host', () => {
    const nodes = build(design, createReportCache());
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    for (const n of nodes)
      if (n.parentId) expect(index.get(n.parentId)).toBeLessThan(index.get(n.id)!);
    expect(nodes.find((n) => n.id === 'docker-1')?.parentId).toBe('vm-1');
    expect(nodes.find((n) => n.id === 'api-1')?.ariaLabel).toBe(
      'API, App: API service, app in a container, no problems',
    );
  });

  it('gives every block its size and link points from the layout, so none is drawn just to be measured', () => {
    const boxes = layoutStacks(design);
    const nodes = build(design, createReportCache());
    for (const node of nodes) {
      const box = boxes.get(asBlockId(node.id))!;
      expect(node.measured).toEqual({ width: box.width, height: box.height });
      // The link to the host leaves from the middle of the bottom edge; links from what runs on
      // the block arrive at the middle of its top edge (4 px handles, centred).
      expect(node.handles).toEqual([
        expect.objectContaining({ type: 'source', position: 'top', x: box.width / 2 - 2, y: 0 }),
        expect.objectContaining({
          type: 'target',
          position: 'bottom',
          x: box.width / 2 - 2,
          y: box.height - 4,
        }),
      ]);
    }
  });

  it('returns the very same node objects for blocks whose results did not change', () => {
    const reports = createReportCache();
    const first = build(design, reports);
    // Give the worker in VM 2 more memory: VM 2's account changes, VM 1 is untouched.
    const edited = setFigure(design, asBlockId('worker-2'), 'memoryMiB', 200);
    const second = build(edited, reports, first);
    const changed = second.filter((n, i) => n !== first[i]).map((n) => n.id);
    expect(changed).toEqual(['worker-2']);
    expect(reports.evaluations).toBe(2);
  });

  it('reuses edges too, and marks an illegal link', () => {
    const reports = createReportCache();
    const d = design;
    const edges = buildEdges(layoutStacks(d), reports.get(d), new Map());
    expect(edges.every((e) => e.data?.ok)).toBe(true);
    const again = buildEdges(
      layoutStacks(d),
      reports.get(d),
      new Map(edges.map((e): [string, RunsOnFlowEdge] => [e.id, e])),
    );
    expect(again.every((e, i) => e === edges[i])).toBe(true);
    const wrong = {
      ...d,
      blocks: d.blocks.map((b) => (b.id === 'docker-1' ? { ...b, on: asBlockId('kvm') } : b)),
    };
    const bad = buildEdges(layoutStacks(wrong), reports.get(wrong), new Map());
    expect(bad.find((e) => e.target === 'docker-1')?.data?.ok).toBe(false);
  });
});
