import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { useEffect } from 'react';
import { endBuildUp, stepBuildUp } from './buildUp';

const KEYS: Readonly<Record<string, number | 'first' | 'last'>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ' ': 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
  Home: 'first',
  End: 'last',
};

/**
 * The build-up's controls, over the canvas: where we are in the story, and the keys a
 * presentation clicker sends (Page Down / Page Up) as well as the arrows. Escape ends it.
 */
export function PresenterBar() {
  const sandbox = useSandboxApi();
  const p = useSandbox((s) => s.presentation);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (sandbox.store.getState().dialog || e.ctrlKey || e.metaKey || e.altKey) return;
      const by = KEYS[e.key];
      if (by !== undefined) stepBuildUp(sandbox, by);
      else if (e.key === 'Escape') endBuildUp(sandbox);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [sandbox]);
  if (!p) return null;
  const step = p.steps[p.step];
  return (
    <div className="presenter-bar" role="group" aria-label="Build-up">
      <span className="presenter-step">
        Step {p.step + 1} of {p.steps.length}: <strong>{step?.adds}</strong>
      </span>
      <button type="button" onClick={() => stepBuildUp(sandbox, -1)} disabled={p.step === 0}>
        ◀ Previous
      </button>
      <button
        type="button"
        onClick={() => stepBuildUp(sandbox, 1)}
        disabled={p.step === p.steps.length - 1}
      >
        Next ▶
      </button>
      <button type="button" onClick={() => endBuildUp(sandbox)}>
        End (Esc)
      </button>
    </div>
  );
}
