import type { Report } from '@/engine';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Sandbox } from './sandboxStore';
import type { SandboxState } from './types';

const SandboxContext = createContext<Sandbox | null>(null);

export function SandboxProvider({ sandbox, children }: { sandbox: Sandbox; children: ReactNode }) {
  return <SandboxContext.Provider value={sandbox}>{children}</SandboxContext.Provider>;
}

export function useSandboxApi(): Sandbox {
  const sandbox = useContext(SandboxContext);
  if (!sandbox) throw new Error('useSandbox needs a <SandboxProvider>');
  return sandbox;
}

/** Selects from the sandbox state. The selector must return a stable value (zustand 5). */
export function useSandbox<T>(selector: (s: SandboxState) => T): T {
  return useStore(useSandboxApi().store, selector);
}

/**
 * Selects from the report of the current design. The report is derived through the sandbox's
 * cache: nothing is evaluated unless the design's structure changed, and unchanged parts keep
 * their identity, so a selector like `r => r.blocks.get(id)` only re-renders when that block's
 * results change.
 */
export function useReport<T>(selector: (r: Report) => T): T {
  const { store, reports } = useSandboxApi();
  const select = useMemo(
    () => (s: SandboxState) => selector(reports.get(s.design)),
    [reports, selector],
  );
  return useStore(store, select);
}
