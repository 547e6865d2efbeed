import type { Variant } from '@/engine';
import { useSandboxApi } from '@/store/SandboxContext';
import { KindIcon } from '@/ui/KindIcon';
import { keyFigure } from '@/ui/keyFigure';
import { memo } from 'react';
import { usePaletteDrag } from './usePaletteDrag';

/** Adds a variant: onto the selected block if exactly one is selected, else standing alone. */
export function addFromPalette(store: ReturnType<typeof useSandboxApi>['store'], variant: Variant) {
  const { selection, addVariant } = store.getState();
  const on = selection.length === 1 ? selection[0] : undefined;
  addVariant(variant.kind, variant.id, on === undefined ? {} : { on });
}

function PaletteTileView({ variant }: { variant: Variant }) {
  const { store } = useSandboxApi();
  const { handlers, consumeDrop } = usePaletteDrag(variant);
  const figure = keyFigure(variant.kind, variant.figures);
  return (
    <li>
      <button
        type="button"
        className={`tile kind-${variant.kind}`}
        onClick={() => {
          if (!consumeDrop()) addFromPalette(store, variant);
        }}
        {...handlers}
      >
        <span className="tile-icon">
          <KindIcon kind={variant.kind} />
        </span>
        <span className="tile-text">
          <span className="tile-label">{variant.label}</span>
          <span className="visually-hidden">,</span> <span className="tile-figure">{figure}</span>
        </span>
      </button>
    </li>
  );
}

export const PaletteTile = memo(PaletteTileView);
