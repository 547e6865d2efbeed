import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import type { MenuItem } from './MenuPopup';

const MenuPopup = lazy(() => import('./MenuPopup').then((m) => ({ default: m.MenuPopup })));

/**
 * A menu button. Its list, and the items themselves, load when it first opens: a menu's actions
 * are not needed to show the page.
 */
export function MenuButton({
  label,
  items,
  wide,
}: {
  label: string;
  items: () => Promise<readonly MenuItem[]>;
  wide?: boolean;
}) {
  const [open, setOpen] = useState<readonly MenuItem[] | undefined>(undefined);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback((refocus: boolean) => {
    setOpen(undefined);
    if (refocus) button.current?.focus();
  }, []);
  return (
    <div className="menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open !== undefined}
        aria-controls={id}
        onClick={() => (open ? close(false) : void items().then(setOpen))}
      >
        {label} ▾
      </button>
      {open && (
        <Suspense fallback={null}>
          <MenuPopup id={id} label={label} items={open} wide={wide ?? false} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
