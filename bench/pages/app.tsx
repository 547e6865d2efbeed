// The app, unchanged, opened on a generated design of ?n= blocks.
import { App } from '@/app/App';
import { createDocuments } from '@/persist/documents';
import { DocumentsProvider } from '@/persist/DocumentsContext';
import { safeStorage } from '@/persist/safeStorage';
import { createSandbox } from '@/store/sandboxStore';
import { SandboxProvider } from '@/store/SandboxContext';
import { createRoot } from 'react-dom/client';
import { benchDesign } from './design';
import { blockCount, installHarness } from './harness';

installHarness();
const sandbox = createSandbox(benchDesign(blockCount()));
// Autosave included, as in the real app (the generated design is the one open, not a saved one).
const documents = createDocuments(sandbox, { storage: safeStorage(() => window.localStorage) });
(window as unknown as { __stackSandbox: typeof sandbox }).__stackSandbox = sandbox;
// How many times the engine ran before the drag's release: moving must not evaluate at all.
window.__perf.beforeRelease = () => {
  (window as unknown as { __evaluationsAtRelease: number }).__evaluationsAtRelease =
    sandbox.reports.evaluations;
};
createRoot(document.getElementById('root') as HTMLElement).render(
  <SandboxProvider sandbox={sandbox}>
    <DocumentsProvider documents={documents}>
      <App />
    </DocumentsProvider>
  </SandboxProvider>,
);
