import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import type { Live } from './live';
import { LiveRoot } from './LiveRoot';
import './live.css';

/** The live class's views live in a root of their own, beside the app, loaded on demand. */
export function mountLive(live: Live, _sandbox: Sandbox, _documents: Documents) {
  const host = document.createElement('div');
  host.id = 'live-root';
  document.body.append(host);
  createRoot(host).render(
    <StrictMode>
      <LiveRoot live={live} />
    </StrictMode>,
  );
}
