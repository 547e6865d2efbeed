import { BLOCK_KINDS, CATALOG, KIND_LABELS, type Variant } from '@/engine';
import { useSandbox } from '@/store/SandboxContext';
import { blockNameById } from '@/store/blockNames';
import { KindIcon } from '@/ui/KindIcon';
import { useId, useMemo, useState } from 'react';
import { PaletteTile } from './PaletteTile';

function matches(variant: Variant, query: string): boolean {
  if (query === '') return true;
  const text =
    `${variant.label} ${variant.id} ${KIND_LABELS[variant.kind]} ${variant.description}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => text.includes(word));
}

function AddTarget() {
  const target = useSandbox((s) =>
    s.selection.length === 1 ? blockNameById(s.design, s.selection[0] as string) : undefined,
  );
  return (
    <p className="palette-hint" aria-live="polite">
      {target ? (
        <>
          Enter or click adds onto <strong>{target}</strong>.
        </>
      ) : (
        'Drag a block onto the canvas, or press Enter to add it on its own.'
      )}
    </p>
  );
}

/** The catalog, by kind: drag a tile onto the canvas, or press Enter to add it. Searchable. */
export function Palette() {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const groups = useMemo(
    () =>
      BLOCK_KINDS.map((kind) => ({
        kind,
        variants: (CATALOG[kind] as readonly Variant[]).filter((v) => matches(v, query.trim())),
      })).filter((g) => g.variants.length > 0),
    [query],
  );
  return (
    <section className="panel palette" aria-labelledby="palette-heading">
      <h2 id="palette-heading" className="panel-title">
        Blocks
      </h2>
      <label htmlFor={searchId} className="visually-hidden">
        Search blocks
      </label>
      <input
        id={searchId}
        type="search"
        className="palette-search"
        placeholder="Search blocks…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <AddTarget />
      <div className="palette-groups">
        {groups.length === 0 && <p className="muted">No block matches “{query}”.</p>}
        {groups.map(({ kind, variants }) => (
          <div key={kind} className="palette-group">
            <h3 className={`palette-kind kind-${kind}`}>
              <KindIcon kind={kind} /> {KIND_LABELS[kind]}
            </h3>
            <ul className="palette-list" aria-label={KIND_LABELS[kind]}>
              {variants.map((v) => (
                <PaletteTile key={v.id} variant={v} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
