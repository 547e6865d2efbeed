import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createSandbox } from './store/sandboxStore';
import { SandboxProvider } from './store/SandboxContext';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const sandbox = createSandbox();
// Browser tests and benchmarks read the state through this handle; nothing in the app uses it.
(window as unknown as { __stackSandbox?: typeof sandbox }).__stackSandbox = sandbox;
createRoot(root).render(
  <StrictMode>
    <SandboxProvider sandbox={sandbox}>
      <App />
    </SandboxProvider>
  </StrictMode>,
);
