// Node clients for tests and the benchmark: the real Hocuspocus provider over a real WebSocket.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { LIVE_PATH } from '../../src/live/protocol';
import { createClassServer, type ClassServer, type ClassServerOptions } from '../classServer';

export type Running = {
  url: string;
  port: number;
  classes: ClassServer;
  http: Server;
  stop(): Promise<void>;
};

/** A class server on a free loopback port (or `port`). */
export async function startClassServer(
  options: Partial<ClassServerOptions> = {},
  port = 0,
): Promise<Running> {
  const classes = createClassServer({ database: ':memory:', ...options });
  const http = createServer((req, res) => {
    if (!classes.handleRequest(req, res)) res.writeHead(404).end();
  });
  http.on('upgrade', (req, socket, head) => {
    if (!classes.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((r) => http.listen(port, '127.0.0.1', r));
  const actual = (http.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    classes,
    http,
    async stop() {
      http.closeAllConnections();
      await classes.close();
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}

export async function startClass(url: string, exercise: unknown) {
  const res = await fetch(`${url}${LIVE_PATH}/api/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ exercise }),
  });
  if (res.status !== 201) throw new Error(`start class: ${res.status} ${await res.text()}`);
  return (await res.json()) as { code: string; teacherKey: string };
}

export type Client = {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  socket: HocuspocusProviderWebsocket;
  /** Resolves once synced, or rejects with the server's reason. */
  ready: Promise<void>;
  stateless: string[];
  closed: { code: number; reason: string }[];
  destroy(): void;
};

/** Opens one document as a provider would in a browser. */
export function connect(
  url: string,
  name: string,
  token: object,
  socket?: HocuspocusProviderWebsocket,
): Client {
  const ws =
    socket ??
    new HocuspocusProviderWebsocket({
      url: `${url.replace(/^http/, 'ws')}${LIVE_PATH}`,
      WebSocketPolyfill: WebSocket,
      maxAttempts: 0,
      delay: 200,
      minDelay: 200,
      maxDelay: 1000,
    });
  const doc = new Y.Doc();
  const stateless: string[] = [];
  const closed: { code: number; reason: string }[] = [];
  let done: (e?: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    done = (e) => (e ? reject(e) : resolve());
  });
  const provider = new HocuspocusProvider({
    websocketProvider: ws,
    name,
    document: doc,
    token: JSON.stringify(token),
    awareness: null,
    onSynced: () => done(),
    onAuthenticationFailed: ({ reason }) => done(new Error(reason)),
    onStateless: ({ payload }) => stateless.push(payload),
    onClose: ({ event }) => closed.push({ code: event.code, reason: event.reason }),
  });
  provider.attach();
  return {
    provider,
    doc,
    socket: ws,
    ready,
    stateless,
    closed,
    destroy() {
      provider.destroy();
      if (!socket) ws.destroy();
      doc.destroy();
    },
  };
}

/** Waits until `check` holds (no fixed sleeps), or fails after `ms`. */
export async function until(check: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
