// Bare React Flow with the same nodes, the same sub-flows, the same node DOM and CSS, in a pane
// of the same size as the app's canvas (?w=&h=) — but no store, no engine, no panels. The
// floor our canvas is measured against.
import { layoutStacks, type Block } from '@/engine';
import {
  Background,
  Controls,
  Handle,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useNodesState,
  useReactFlow,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/app/app.css';
import '../../src/canvas/canvas.css';
import { benchDesign } from './design';
import { blockCount, installHarness } from './harness';

type BareNode = Node<{ block: Block }, 'block'>;

const BareBlock = memo(function BareBlock({ data, selected }: NodeProps<BareNode>) {
  const { block } = data;
  return (
    <div className={`block kind-${block.kind}${selected ? ' is-selected' : ''}`}>
      <Handle
        type="source"
        position={Position.Top}
        isConnectable={false}
        className="block-handle"
      />
      <div className="block-band">
        <span className="block-kind">{block.kind}</span>
      </div>
      <div className="block-title">{block.variant}</div>
      <div className="block-sub">{block.id}</div>
      <Handle
        type="target"
        position={Position.Bottom}
        isConnectable={false}
        className="block-handle"
      />
    </div>
  );
});
const NODE_TYPES = { block: BareBlock };

function initialNodes(): BareNode[] {
  const design = benchDesign(blockCount());
  const boxes = layoutStacks(design);
  const byId = new Map(design.blocks.map((b) => [b.id as string, b]));
  const nodes: BareNode[] = [];
  for (const [id, box] of boxes) {
    const parent = box.parentId === undefined ? undefined : boxes.get(box.parentId);
    nodes.push({
      id,
      type: 'block',
      position: parent ? { x: box.x - parent.x, y: box.y - parent.y } : { x: box.x, y: box.y },
      ...(box.parentId === undefined ? {} : { parentId: box.parentId }),
      data: { block: byId.get(id) as Block },
      width: box.width,
      height: box.height,
    });
  }
  return nodes;
}

function ZoomHook() {
  const flow = useReactFlow();
  useEffect(() => {
    (window as unknown as { __bareZoom100: () => void }).__bareZoom100 = () => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (!pane) return;
      const c = flow.screenToFlowPosition({
        x: pane.left + pane.width / 2,
        y: pane.top + pane.height / 2,
      });
      void flow.setCenter(c.x, c.y, { zoom: 1 });
    };
  }, [flow]);
  return null;
}

function Bare() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes());
  // The same "runs on" links as the app, built once (like the app, they do not change in a drag).
  const [edges] = useState(() =>
    nodes
      .filter((n) => n.parentId !== undefined)
      .map((n) => ({ id: `runs-on:${n.id}`, source: n.parentId as string, target: n.id })),
  );
  const params = new URLSearchParams(location.search);
  return (
    <div
      style={{ width: Number(params.get('w') ?? 708), height: Number(params.get('h') ?? 500) }}
      className="canvas"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        nodesConnectable={false}
        onlyRenderVisibleElements={nodes.length > 300}
        minZoom={0.05}
        fitView
        fitViewOptions={{ padding: 0.2, maxZoom: 1.1 }}
      >
        <Background gap={24} size={1.5} />
        <Controls showInteractive={false} />
        <ZoomHook />
      </ReactFlow>
    </div>
  );
}

installHarness();
createRoot(document.getElementById('root') as HTMLElement).render(
  <ReactFlowProvider>
    <Bare />
  </ReactFlowProvider>,
);
