import { useState, type ReactNode } from 'react';

type Props<T> = {
  items: readonly T[];
  /** How many are shown until the student asks for all of them. */
  first: number;
  /** The button's text when only the first few are shown: "Show all 40 apps". */
  showAll: (count: number) => string;
  /** The button's text when all are shown. */
  showFewer: string;
  /** Draws the items shown (the list itself, so each panel keeps its own markup). */
  children: (shown: readonly T[]) => ReactNode;
};

/**
 * A long list shows its first few items and a button for the rest. A big design can have
 * hundreds of apps, machines or shared layers: drawing them all on every edit would make the
 * panel slow to follow, and nobody reads past the first screenful unless they ask to.
 */
export function FirstFew<T>({ items, first, showAll, showFewer, children }: Props<T>) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, first);
  return (
    <>
      {children(shown)}
      {items.length > first && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? showFewer : showAll(items.length)}
        </button>
      )}
    </>
  );
}
