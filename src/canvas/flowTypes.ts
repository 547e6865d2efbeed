import type { Block, BlockFacts } from '@/engine';
import type { Edge, Node } from '@xyflow/react';

/** What a block view gets: the block itself and the report's facts about it. */
export type BlockNodeData = { block: Block; facts: BlockFacts | undefined };
export type BlockFlowNode = Node<BlockNodeData, 'block'>;

/** A "runs on" link from a host to what runs on it; `ok: false` draws it as illegal. */
export type RunsOnData = { ok: boolean };
export type RunsOnFlowEdge = Edge<RunsOnData, 'runsOn'>;
