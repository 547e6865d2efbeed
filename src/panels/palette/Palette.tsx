import { BLOCK_KINDS, CATALOG, KIND_LABELS, type Variant } from '@/engine';
import { useSandbox } from '@/store/SandboxContext';
import { blockNameById } from '@/store/blockNames';
import { KindIcon } from '@/ui/KindIcon';
import { useId, useMemo, useState } from 'react';
import { PaletteTile } from './PaletteTile';
import './palette.css';

/**
 * The variants whose name, id or kind contains every word of the search — among those the
 * exercise offers, when it limits the palette.
 */
function search(query: string, only: readonly string[] | undefined): Variant[] {
  const all = BLOCK_KINDS.flatMap((kind) => CATALOG[kind] as readonly Variant[]).filter(
    (v) => !only || only.includes(v.id),
  );
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return all.filter((v) => {
    const text = `${v.label} ${v.id} ${KIND_LABELS[v.kind]}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

function AddTarget() {
  const target = useSandbox((s) =>
    s.selection.length === 1 ? blockNameById(s.design, s.selection[0] as string) : undefined,
  );
  const readOnly = useSandbox((s) => s.readOnly);
  return (
    <p className="palette-hint" aria-live="polite">
      {readOnly ? (
        'View only: make an editable copy to add blocks.'
      ) : target ? (
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
  const only = useSandbox((s) => s.exercise?.palette);
  const groups = useMemo(() => {
    const found = search(query, only);
    return BLOCK_KINDS.map((kind) => ({
      kind,
      variants: found.filter((v) => v.kind === kind),
    })).filter((g) => g.variants.length > 0);
  }, [query, only]);
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
