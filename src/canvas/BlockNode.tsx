import { findVariant } from '@/engine';
import { useSandboxApi } from '@/store/SandboxContext';
import { KindIcon } from '@/ui/KindIcon';
import { keyFigure } from '@/ui/keyFigure';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from 'zustand';
import { ROLE_TILE } from './describeBlock';
import type { BlockFlowNode } from './flowTypes';

function ProblemBadge({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0) return null;
  const text = [
    errors && `${errors} error${errors > 1 ? 's' : ''}`,
    warnings && `${warnings} warning${warnings > 1 ? 's' : ''}`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <span className={`block-badge ${errors ? 'is-error' : 'is-warning'}`} title={text}>
      <span aria-hidden="true">{errors ? '✖' : '⚠'}</span> {errors + warnings}
    </span>
  );
}

/** While something is dragged over this block: may it be dropped here, and if not, why. */
function DropHint({ id }: { id: string }) {
  const target = useStore(useSandboxApi().drag, (s) =>
    s.target?.id === id ? s.target : undefined,
  );
  if (!target) return null;
  return (
    <div className={`drop-hint ${target.ok ? 'is-ok' : 'is-bad'}`}>
      {!target.ok ? (
        <>
          <strong>✖ Not here:</strong> {target.reason}
        </>
      ) : (
        <>
          ✔ Drop to stack it here{target.note && <span className="drop-note">{target.note}</span>}
        </>
      )}
    </div>
  );
}

function BlockNodeView({ id, data, selected }: NodeProps<BlockFlowNode>) {
  const { block, facts } = data;
  const variant = findVariant(block.kind, block.variant);
  const figures = { ...variant?.figures, ...block.props };
  const label = block.label?.trim();
  const errors = facts?.errors ?? 0;
  const warnings = facts?.warnings ?? 0;
  const role = facts?.role ?? 'not-installed';
  return (
    <div
      className={`block kind-${block.kind}${selected ? ' is-selected' : ''}${errors ? ' has-error' : ''}${role === 'not-installed' ? ' is-floating' : ''}`}
      data-testid={`block-${id}`}
    >
      <Handle
        type="source"
        position={Position.Top}
        isConnectable={false}
        className="block-handle"
      />
      <div className="block-band">
        <KindIcon kind={block.kind} size={14} />
        <span className="block-kind">{ROLE_TILE[role]}</span>
        <ProblemBadge errors={errors} warnings={warnings} />
      </div>
      {/* A label is the student's text: its own direction, isolated from the rest. */}
      <div className="block-title" dir="auto">
        {label || variant?.label}
      </div>
      <div className="block-sub">
        {label ? `${variant?.label} · ` : ''}
        {variant
          ? keyFigure(block.kind, figures as typeof variant.figures, role, facts?.build)
          : ''}
      </div>
      <Handle
        type="target"
        position={Position.Bottom}
        isConnectable={false}
        className="block-handle"
      />
      <DropHint id={id} />
    </div>
  );
}

export const BlockNode = memo(BlockNodeView);
