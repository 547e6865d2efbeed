import { type Design } from '@/engine';
import { TEMPLATES } from '@/engine/templates';
import { createSandbox, type Sandbox } from '@/store/sandboxStore';
import { SandboxProvider } from '@/store/SandboxContext';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

export function template(id: string): Design {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t.design;
}

/** Renders UI against a fresh sandbox (its own store, history and report cache). */
export function renderWithSandbox(
  ui: ReactElement,
  design?: Design,
): { sandbox: Sandbox } & ReturnType<typeof render> {
  const sandbox = createSandbox(design);
  const result = render(<SandboxProvider sandbox={sandbox}>{ui}</SandboxProvider>);
  return { sandbox, ...result };
}
