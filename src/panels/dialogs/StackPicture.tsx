import { blockName, layoutStacks, type Design } from '@/engine';

/** A small, still picture of a design's stacks, drawn as the canvas lays them out. */
export function StackPicture({ design, label }: { design: Design; label: string }) {
  const boxes = layoutStacks(design);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes.values()) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  if (!Number.isFinite(minX)) return <p className="muted">Nothing to show.</p>;
  const pad = 8;
  return (
    <svg
      className="stack-picture"
      role="img"
      aria-label={label}
      viewBox={`${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}`}
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
