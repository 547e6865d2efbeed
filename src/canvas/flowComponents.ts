import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { BlockNode } from './BlockNode';
import { RunsOnEdge } from './RunsOnEdge';

// Module-level constants: React Flow re-renders every node when these objects change identity.
export const NODE_TYPES = { block: BlockNode } satisfies NodeTypes;
export const EDGE_TYPES = { runsOn: RunsOnEdge } satisfies EdgeTypes;
