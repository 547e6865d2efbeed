import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { LIVE_PATH } from './protocol';

export type LinkStatus = 'connecting' | 'connected' | 'offline';

/** The class server at this page's own address: the only place the app ever syncs with. */
export const classServerUrl = () => `${location.origin.replace(/^http/, 'ws')}${LIVE_PATH}`;

/** Whether a class server answers at this address (a static copy of the app has none). */
export async function classServerReachable(): Promise<boolean> {
  try {
    const res = await fetch(`${LIVE_PATH}/api/health`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(4000),
    });
    if (!res.ok) return false;
    const body = (await res.json()) as { ok?: unknown };
    return body.ok === true;
  } catch {
    return false;
  }
}

/** One WebSocket for every document of a class, reconnecting with backoff when the network returns. */
export function openSocket(onStatus: (status: LinkStatus) => void) {
  const socket = new HocuspocusProviderWebsocket({
    url: classServerUrl(),
    delay: 500,
    minDelay: 500,
    maxDelay: 5000,
    maxAttempts: 0,
  });
  socket.on('status', ({ status }: { status: string }) =>
    onStatus(
      status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline',
    ),
  );
  // When the device says the network is gone, say so at once (a dead socket takes a while to
  // notice), and try again as soon as it is back. Changes wait in the document meanwhile.
  const offline = () => socket.disconnect();
  const online = () => void socket.connect();
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  socket.on('destroy', () => {
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  });
  return socket;
}

export type DocHandlers = {
  onSynced?: () => void;
  onRefused?: (reason: string) => void;
  onClosed?: (reason: string) => void;
  onStateless?: (payload: string) => void;
};

/** Opens one class document over the shared socket; no awareness (nobody sees anyone's cursor). */
export function openDoc(
  socket: HocuspocusProviderWebsocket,
  name: string,
  token: object,
  handlers: DocHandlers = {},
) {
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token: JSON.stringify(token),
    awareness: null,
    onSynced: () => handlers.onSynced?.(),
    onAuthenticationFailed: ({ reason }) => handlers.onRefused?.(reason),
    onClose: ({ event }) => handlers.onClosed?.(event.reason),
    onStateless: ({ payload }) => handlers.onStateless?.(payload),
  });
  provider.attach();
  return { doc, provider };
}

export type OpenDoc = ReturnType<typeof openDoc>;
