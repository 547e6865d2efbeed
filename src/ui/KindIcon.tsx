import type { BlockKind } from '@/engine';

// One small glyph per kind, so the kind is never told by colour alone.
const PATHS: Record<BlockKind, string> = {
  hardware: 'M2 4h12v3H2zM2 9h12v3H2zM4 5.5h1M4 10.5h1',
  os: 'M2 3h12v9H2zM2 5.5h12M6 14h4',
  hypervisor: 'M8 2l6 3-6 3-6-3zM2 8l6 3 6-3M2 11l6 3 6-3',
  engine: 'M3 6h10v7H3zM5 6V3h6v3M6 9h4',
  library: 'M3 3h3v10H3zM7 3h3v10H7zM11 4l2.5-.5 1.5 9.5-2.5.5z',
  app: 'M3 3h10v10H3zM6 6h4v4H6z',
};

export function KindIcon({ kind, size = 16 }: { kind: BlockKind; size?: number }) {
  return (
    <svg
      className="kind-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[kind]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
