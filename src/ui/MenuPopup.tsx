import { useEffect, useRef, type ReactNode } from 'react';
import './menu.css';

export type MenuItem = {
  key: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  onChoose: () => void;
};

/**
 * The open list of a menu: focuses the first item, arrow keys move, Enter chooses, Escape or a
 * click outside closes. Loaded when a menu first opens (see MenuButton).
 */
export function MenuPopup({
  id,
  label,
  items,
  wide,
  onClose,
}: {
  id: string;
  label: string;
  items: readonly MenuItem[];
  wide?: boolean;
  onClose: (refocus: boolean) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
  }, [items]);
  useEffect(() => {
    const close = (e: PointerEvent) =>
      !list.current?.parentElement?.contains(e.target as Node) && onClose(false);
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [onClose]);
  return (
    <ul
      ref={list}
      id={id}
      role="menu"
      aria-label={label}
      className={`menu-list${wide ? ' is-wide' : ''}`}
      onKeyDown={(e) => {
        const all = [
          ...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ??
            []),
        ];
        const at = all.indexOf(document.activeElement as HTMLElement);
        if (e.key === 'Escape') onClose(true);
        else if (e.key === 'ArrowDown') all[(at + 1) % all.length]?.focus();
        else if (e.key === 'ArrowUp') all[(at - 1 + all.length) % all.length]?.focus();
        else return;
        e.preventDefault();
      }}
    >
      {items.map((item) => (
        <li key={item.key} role="none">
          <button
            type="button"
            role="menuitem"
            disabled={item.disabled}
            onClick={() => {
              onClose(false);
              item.onChoose();
            }}
          >
            <span className="menu-item-title">{item.label}</span>
            {item.hint && <span className="menu-item-summary">{item.hint}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
