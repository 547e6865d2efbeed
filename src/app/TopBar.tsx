import type { Report } from '@/engine';
import { useReport, useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { SaveStatus } from './SaveStatus';
import { MenuButton } from '@/ui/MenuButton';
import { useDocuments } from '@/persist/DocumentsContext';

const selectTotals = (r: Report) => r.totals;

function DesignName() {
  const { store } = useSandboxApi();
  const name = useSandbox((s) => s.design.name);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const commit = () => {
    if (draft !== undefined && draft.trim() !== '' && draft !== name)
      store.getState().rename(draft.trim());
    setDraft(undefined);
  };
  return (
    <input
      className="design-name"
      aria-label="Design name"
      value={draft ?? name}
      dir="auto"
      // No maxLength (it counts UTF-16 units): the name is cut as the engine cuts, on commit.
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

function ProblemCount() {
  const { errors, warnings } = useReport(selectTotals);
  return (
    <a href="#problems" className={`problem-count${errors ? ' has-errors' : ''}`}>
      <span aria-hidden="true">✖ </span>
      {`${errors} error${errors === 1 ? '' : 's'}, `}
      <span aria-hidden="true">⚠ </span>
      {`${warnings} warning${warnings === 1 ? '' : 's'}`}
    </a>
  );
}

function ModeSwitch() {
  const mode = useSandbox((s) => s.mode);
  const setMode = useSandbox((s) => s.setMode);
  const name = useId();
  return (
    <fieldset className="mode-switch">
      <legend className="visually-hidden">Mode</legend>
      {(['free', 'guided'] as const).map((m) => (
        <label
          key={m}
          className={mode === m ? 'is-on' : ''}
          title={
            m === 'free'
              ? 'Build anything; problems are flagged'
              : 'Illegal drops are refused, with the reason'
          }
        >
          <input
            type="radio"
            name={name}
            value={m}
            checked={mode === m}
            onChange={() => setMode(m)}
          />
          {m === 'free' ? 'Free' : 'Guided'}
        </label>
      ))}
    </fieldset>
  );
}

export function TopBar() {
  const sandbox = useSandboxApi();
  const { store, history } = sandbox;
  const documents = useDocuments();
  const canUndo = useStore(history, (h) => h.pastStates.length > 0);
  const canRedo = useStore(history, (h) => h.futureStates.length > 0);
  const s = () => store.getState();
  return (
    <header className="topbar">
      <span className="brand">Stack Sandbox</span>
      <DesignName />
      <SaveStatus />
      <MenuButton
        label="File"
        items={() => import('./menuItems').then((m) => m.fileMenuItems(documents, sandbox))}
      />
      <MenuButton
        label="Templates"
        wide
        items={() => import('./menuItems').then((m) => m.templateMenuItems(documents))}
      />
      <MenuButton
        label="Exercises"
        wide
        items={() => import('./menuItems').then((m) => m.exerciseMenuItems(documents, sandbox))}
      />
      <span className="topbar-break" aria-hidden="true" />
      <div className="toolbar" role="toolbar" aria-label="Edit">
        <button
          type="button"
          onClick={() => s().undo()}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          aria-label="Undo"
          title="Undo (Ctrl+Z)"
          className="icon-button"
        >
          <span aria-hidden="true">↶</span>
        </button>
        <button
          type="button"
          onClick={() => s().redo()}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          aria-label="Redo"
          title="Redo (Ctrl+Shift+Z)"
          className="icon-button"
        >
          <span aria-hidden="true">↷</span>
        </button>
        <button
          type="button"
          onClick={() =>
            void import('@/engine/layout/tidyStacks').then((m) => s().tidy(m.tidyStacks))
          }
          title="Stand every stack side by side"
        >
          Tidy
        </button>
      </div>
      <ModeSwitch />
      <ProblemCount />
      <MenuButton
        label="Present"
        wide
        items={() => import('./menuItems').then((m) => m.presentMenuItems(sandbox))}
      />
      <button
        type="button"
        onClick={() => s().openDialog({ type: 'shortcuts' })}
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
      >
        ?
      </button>
    </header>
  );
}
