import { blockName, boundsOf, layoutStacks, type Design } from '@/engine';

/** A small, still picture of a design's stacks, drawn as the canvas lays them out. */
export function StackPicture({ design, label }: { design: Design; label: string }) {
  const boxes = layoutStacks(design);
  if (boxes.size === 0) return <p className="muted">Nothing to show.</p>;
  const { x, y, width, height } = boundsOf(boxes);
  const pad = 8;
  return (
    <svg
      className="stack-picture"
      role="img"
      aria-label={label}
      viewBox={`${x - pad} ${y - pad} ${width + 2 * pad} ${height + 2 * pad}`}
    >
      {design.blocks.map((block) => {
        const b = boxes.get(block.id);
        if (!b) return null;
        return (
          <g key={block.id} className={`pic-block kind-${block.kind}`}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={6} />
            <text x={b.x + 8} y={b.y + b.height / 2 + 6}>
              {blockName(block).slice(0, Math.max(4, Math.floor(b.width / 11)))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
