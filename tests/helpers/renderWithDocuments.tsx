import type { Design } from '@/engine';
import { createDocuments, type Documents } from '@/persist/documents';
import { DocumentsProvider } from '@/persist/DocumentsContext';
import { safeStorage } from '@/persist/safeStorage';
import { createSandbox, type Sandbox } from '@/store/sandboxStore';
import { SandboxProvider } from '@/store/SandboxContext';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { FakeStorage } from './fakeStorage';

const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
});

/**
 * Renders UI against a fresh sandbox and its documents (autosave, My designs), on a storage of
 * its own: what dialogs that save, open or remember things need.
 */
export function renderWithDocuments(
  ui: ReactElement,
  options: { design?: Design; backing?: Storage } = {},
): { sandbox: Sandbox; documents: Documents; backing: Storage } & ReturnType<typeof render> {
  const sandbox = createSandbox(options.design);
  const backing = options.backing ?? new FakeStorage();
  const documents = createDocuments(sandbox, {
    storage: safeStorage(() => backing),
    debounceMs: 0,
  });
  stops.push(documents.stop);
  const result = render(
    <SandboxProvider sandbox={sandbox}>
      <DocumentsProvider documents={documents}>{ui}</DocumentsProvider>
    </SandboxProvider>,
  );
  return { sandbox, documents, backing, ...result };
}
