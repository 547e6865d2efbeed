import { LAYOUT } from '@/engine';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RunsOnFlowEdge } from './flowTypes';

/**
 * The "runs on" link: a short vertical connector from a block down to the host it sits on. An
 * illegal link is red, dashed and crossed, so it reads without colour too.
 */
function RunsOnEdgeView({ sourceX, sourceY, targetX, targetY, data }: EdgeProps<RunsOnFlowEdge>) {
  const ok = data?.ok ?? true;
  // A block drawn on its host: the link is the short upright line between them. The measured
  // handle points sit inside each block's border, so the gap is the layer gap plus two borders
  // (thicker in the projector theme); only a block dragged away from its host draws a slanted
  // line back to it.
  const stacked = Math.abs(sourceY - targetY) <= LAYOUT.layerGap * 2;
  const path = stacked
    ? `M ${targetX} ${targetY} L ${targetX} ${sourceY}`
    : `M ${targetX} ${targetY} L ${sourceX} ${sourceY}`;
  const midX = stacked ? targetX : (targetX + sourceX) / 2;
  const midY = (targetY + sourceY) / 2;
  return (
    <>
      <BaseEdge path={path} className={ok ? 'runs-on' : 'runs-on is-illegal'} />
      {!ok && (
        <text x={midX} y={midY + 4} className="runs-on-cross" textAnchor="middle">
          ✖
        </text>
      )}
    </>
  );
}

export const RunsOnEdge = memo(RunsOnEdgeView);
