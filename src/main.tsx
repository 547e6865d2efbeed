// The base styles first: every component's own styles (beside it) come after and refine them.
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { createDocuments } from './persist/documents';
import { DocumentsProvider } from './persist/DocumentsContext';
import { safeStorage } from './persist/safeStorage';
import { createSandbox } from './store/sandboxStore';
import { SandboxProvider } from './store/SandboxContext';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const sandbox = createSandbox();
const documents = createDocuments(sandbox, { storage: safeStorage(() => window.localStorage) });
documents.restore();
// Browser tests and benchmarks read the state through these handles; nothing in the app uses them.
// Only a test build has them (`VITE_TEST_HOOKS=1 vite build`, as `npm run test:e2e` does): in a
// production build the condition is false at build time and the line is gone.
if (import.meta.env.VITE_TEST_HOOKS === '1')
  Object.assign(window, { __stackSandbox: sandbox, __stackDocuments: documents });
// A live class's link (?join=CODE, or the teacher's ?teach=CODE): its code loads only then.
if (/[?&](join|teach)=/.test(location.search))
  void import('./live/boot').then((m) => m.boot(sandbox, documents));
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary backup={documents.backup} startFresh={documents.library.forgetCurrent}>
      <SandboxProvider sandbox={sandbox}>
        <DocumentsProvider documents={documents}>
          <App />
        </DocumentsProvider>
      </SandboxProvider>
    </ErrorBoundary>
  </StrictMode>,
);
