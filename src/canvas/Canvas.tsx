import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useStore as useFlowStore,
  type AriaLabelConfig,
  type ReactFlowState,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { lazy, Suspense, useCallback, useMemo, useRef, type FocusEvent } from 'react';
import { useStore } from 'zustand';
import './canvas.css';
import { useEdgesInView } from './edgesInView';
import { EDGE_TYPES, NODE_TYPES } from './flowComponents';
import { useFlowState } from './useFlowState';
import { useDragging } from './useDragging';
import { useReveal } from './useReveal';
import { useViewFollows } from './useViewFollows';
import { FIT, LARGE_ZOOM, minZoomFor, VISIBLE_ONLY_FROM } from './fit';
import { ZoomDetail } from './ZoomDetail';
import { ZoomTo100 } from './ZoomTo100';

const FIT_VIEW = { padding: FIT.padding, maxZoom: FIT.maxZoom };
// A page that opens in the projector theme frames its figure as large as the screen allows.
const FIT_VIEW_LARGE = { padding: 0.12, maxZoom: LARGE_ZOOM };

const ARIA: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default':
    'A block. Arrow keys move between blocks: up to what runs on it, down to what it runs on, left and right to its neighbours. Press M to move it onto another block, Delete to delete it.',
  'node.a11yDescription.keyboardDisabled':
    'A block. Arrow keys move between blocks: up to what runs on it, down to what it runs on, left and right to its neighbours. Press M to move it onto another block, Delete to delete it.',
  'controls.ariaLabel': 'Zoom controls',
};

const heldBlocks = (s: ReactFlowState) => s.nodes.length;

// Only after a drop that landed on no block.
const DropMiss = lazy(() => import('./DropMiss').then((m) => ({ default: m.DropMiss })));

function DropMissNote() {
  const missed = useStore(useSandboxApi().drag, (s) => s.missed !== undefined);
  return missed ? (
    <Suspense fallback={null}>
      <DropMiss />
    </Suspense>
  ) : null;
}

function EmptyCanvasHint() {
  const empty = useSandbox((s) => s.design.blocks.length === 0);
  if (!empty) return null;
  return (
    <div className="canvas-empty" aria-hidden="true">
      <p className="canvas-empty-title">Start with the hardware</p>
      <p>
        Drag a machine from the palette onto the canvas (or select it and press Enter), then stack
        an operating system on it. Or open a template from the top bar.
      </p>
    </div>
  );
}

function CanvasInner() {
  const { store } = useSandboxApi();
  const container = useRef<HTMLDivElement>(null);
  const { nodes, edges, boxes, design, selection, onNodesChange, resync } = useFlowState();
  const documentId = useSandbox((s) => s.documentId);
  const projector = useSandbox((s) => s.theme === 'projector');
  useViewFollows(container, design, documentId, boxes);
  const dragging = useDragging(resync, boxes);
  useReveal(container);

  // Framed by the design's size, not by the blocks handed to React Flow so far: a big design's
  // blocks arrive a moment after it opens (see useFlowState), and must not be framed as if it
  // were a small one. Only blocks in view are drawn while the design or the blocks React Flow
  // still holds are many: from a big design to a small one (a build-up's first step, a
  // template), React Flow keeps the big one's blocks for a render, and drawing every one of them
  // once held the page still for over a second.
  const held = useFlowStore(heldBlocks);
  const big = Math.max(design.blocks.length, held) > VISIBLE_ONLY_FROM;
  const minZoom = minZoomFor(design.blocks.length);
  const edgesInView = useEdgesInView(edges, boxes, big, selection);
  const fitViewOptions = useMemo(
    () => ({ ...(projector ? FIT_VIEW_LARGE : FIT_VIEW), minZoom }),
    [projector, minZoom],
  );

  // Props handed to React Flow stay the same objects between renders: new ones on every drag
  // frame make it redo work (see performance.md).
  const onPaneClick = useCallback(() => store.getState().select([]), [store]);

  // A block reached with the keyboard becomes the selection, so the Inspector and "add onto"
  // follow the keyboard focus (a mouse click selects through React Flow instead).
  const onFocus = useCallback(
    (event: FocusEvent) => {
      const el = event.target as HTMLElement;
      const text = el.classList.contains('react-flow__node') ? el.getAttribute('data-id') : null;
      if (text === null || !el.matches(':focus-visible')) return;
      const { design, selection, select } = store.getState();
      // The block whose id React Flow wrote into the page.
      const id = design.blocks.find((b) => b.id === text)?.id;
      if (id !== undefined && !selection.includes(id)) select([id]);
    },
    [store],
  );

  return (
    <section className="canvas" aria-label="Canvas" ref={container} onFocus={onFocus}>
      <ReactFlow
        nodes={nodes}
        edges={edgesInView}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        {
          ...dragging /* the drag handlers, once their code has loaded */
        }
        onPaneClick={onPaneClick}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        disableKeyboardA11y
        nodeDragThreshold={3}
        onlyRenderVisibleElements={big}
        minZoom={minZoom}
        maxZoom={2.5}
        fitView
        fitViewOptions={fitViewOptions}
        ariaLabelConfig={ARIA}
      >
        <Background gap={24} size={1.5} />
        <ZoomDetail container={container} />
        <Controls showInteractive={false}>
          <ZoomTo100 />
        </Controls>
      </ReactFlow>
      <EmptyCanvasHint />
      <DropMissNote />
    </section>
  );
}

/** The design canvas: React Flow, with blocks that stack and show their results live. */
export function Canvas() {
  return (
    <ReactFlowProvider>
      <CanvasInner />
    </ReactFlowProvider>
  );
}
