import { EMPTY_TEMPLATE, type Template } from '@/engine';
import { useSandboxApi } from '@/store/SandboxContext';
import { useEffect, useId, useRef, useState } from 'react';

/** Starting points: the seed's two figures and more, plus "New empty design". Opening one is undoable. */
export function TemplatesMenu() {
  const { store } = useSandboxApi();
  const [open, setOpen] = useState(false);
  // The templates load when the menu first opens: they are not needed to start.
  const [templates, setTemplates] = useState<readonly Template[]>([]);
  useEffect(() => {
    if (open && templates.length === 0)
      void import('@/engine/templates').then((m) => setTemplates(m.TEMPLATES));
  }, [open, templates.length]);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open, templates]);
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);
  const choose = (t: Template) => {
    setOpen(false);
    store
      .getState()
      .load(
        t.design,
        t === EMPTY_TEMPLATE
          ? 'Started a new empty design (Undo brings the old one back)'
          : `Opened the template “${t.title}” (Undo brings your design back)`,
      );
    store.getState().select([]);
  };
  const items = [...templates, EMPTY_TEMPLATE];
  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        Templates ▾
      </button>
      {open && (
        <ul
          id={menuId}
          role="menu"
          aria-label="Templates"
          className="menu-list"
          onKeyDown={(e) => {
            const list = [
              ...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
            ];
            const at = list.indexOf(document.activeElement as HTMLElement);
            if (e.key === 'Escape') setOpen(false);
            else if (e.key === 'ArrowDown') list[(at + 1) % list.length]?.focus();
            else if (e.key === 'ArrowUp') list[(at - 1 + list.length) % list.length]?.focus();
            else return;
            e.preventDefault();
          }}
        >
          {items.map((t) => (
            <li key={t.id} role="none">
              <button type="button" role="menuitem" onClick={() => choose(t)}>
                <span className="menu-item-title">
                  {t === EMPTY_TEMPLATE ? 'New empty design' : t.title}
                </span>
                <span className="menu-item-summary">{t.summary}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
