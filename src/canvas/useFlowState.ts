import { asBlockId, layoutStacks, type BlockId, type Report } from '@/engine';
import { useReport, useSandbox, useSandboxApi } from '@/store/SandboxContext';
import type { SandboxState } from '@/store/types';
import { useEdgesState, useNodesState, type NodeChange } from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { buildEdges, buildNodes } from './buildFlow';
import { DRAW_LATER_FROM } from './fit';
import type { BlockFlowNode, RunsOnFlowEdge } from './flowTypes';

const wholeReport = (r: Report) => r;
/** What is on show: which design, and which step of a build-up. */
const shownKey = (s: SandboxState) => `${s.documentId}|${s.presentation?.step ?? ''}`;

/**
 * The canvas's nodes and edges. Nodes live in React Flow's own state (`useNodesState`), so a drag
 * updates only them; the design, selection and report live in the sandbox store and are synced
 * into the nodes when they change (see performance.md: this "hybrid" wiring drags at bare
 * React Flow speed). Selection clicks go to the store; moves go to the store only on drop.
 */
export function useFlowState() {
  const { store } = useSandboxApi();
  const design = useSandbox((s) => s.design);
  const selectionList = useSandbox((s) => s.selection);
  const report = useReport(wholeReport);
  const boxes = useMemo(() => layoutStacks(design), [design]);
  const selection = useMemo(() => new Set<string>(selectionList), [selectionList]);
  const [nodes, setNodes, applyLocal] = useNodesState<BlockFlowNode>([]);

  const resync = useCallback(() => {
    const tabStop = selectionList[selectionList.length - 1] ?? design.blocks[0]?.id;
    setNodes((current) =>
      buildNodes(design, boxes, selection, report, new Map(current.map((n) => [n.id, n])), tabStop),
    );
  }, [design, boxes, selection, selectionList, report, setNodes]);

  const [edges, setEdges] = useEdgesState<RunsOnFlowEdge>([]);
  const resyncEdges = useCallback(() => {
    setEdges((current) => buildEdges(boxes, report, new Map(current.map((e) => [e.id, e]))));
  }, [boxes, report, setEdges]);

  // A big design that has just been opened (or reloaded), or a big step of a build-up, reaches
  // the canvas a moment after the panels, once its view is framed: drawing its blocks is most of
  // the work, doing both in one go held the page still for the better part of a second, and
  // blocks drawn in the last view were drawn again in the new one. Until then the canvas shows
  // no blocks rather than the last ones. Edits to a design already on the canvas are drawn at once.
  const shown = useSandbox(shownKey);
  const big = design.blocks.length > DRAW_LATER_FROM;
  const [drawn, setDrawn] = useState<string>();
  if (!big && drawn !== shown) setDrawn(shown);
  const defer = big && drawn !== shown;
  useLayoutEffect(() => {
    if (!defer) return;
    setNodes([]);
    setEdges([]);
    // After the view is framed: useViewFollows frames it once the view geometry has loaded, so
    // waiting for the same module, then one task more, draws the blocks in their final view.
    let later: ReturnType<typeof setTimeout> | undefined;
    let gone = false;
    void import('./viewport').then(() => {
      if (!gone) later = setTimeout(() => setDrawn(shown));
    });
    return () => {
      gone = true;
      clearTimeout(later);
    };
  }, [defer, shown, setNodes, setEdges]);
  useLayoutEffect(() => {
    if (!defer) resync();
  }, [defer, resync]);
  useLayoutEffect(() => {
    if (!defer) resyncEdges();
  }, [defer, resyncEdges]);

  const onNodesChange = useCallback(
    (changes: NodeChange<BlockFlowNode>[]) => {
      const local: NodeChange<BlockFlowNode>[] = [];
      let selected: Set<BlockId> | undefined;
      for (const change of changes) {
        if (change.type === 'select') {
          // React Flow hands back as text the block ids it was given.
          const id = asBlockId(change.id);
          selected ??= new Set(store.getState().selection);
          if (change.selected) selected.add(id);
          else selected.delete(id);
        } else if (change.type !== 'remove' && change.type !== 'add' && change.type !== 'replace') {
          local.push(change);
        }
      }
      if (local.length > 0) applyLocal(local);
      if (selected) store.getState().select([...selected]);
    },
    [applyLocal, store],
  );

  return { nodes, edges, boxes, design, selection, onNodesChange, resync };
}
