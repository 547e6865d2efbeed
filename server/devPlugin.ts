import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Plugin } from 'vite';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `npm run dev` starts a class server beside the dev server (its own Node process, SQLite in
 * ./data; DATA_DIR and the other settings as in production) and forwards /live to it, so the
 * app and the class share one address as in production. LIVE=off leaves it out, to try the app
 * without a class server.
 */
export function classServerInDev(): Plugin {
  let child: ChildProcess | undefined;
  let port = 0;
  return {
    name: 'stack-sandbox-class-server',
    apply: 'serve',
    async config(_config, env) {
      // Only the dev server: `vite preview` serves the built app alone, as a static host would.
      if (env.isPreview || process.env.VITEST || process.env.LIVE === 'off') return;
      port = Number(process.env.LIVE_PORT) || (await freePort());
      return {
        server: { proxy: { '/live': { target: `http://127.0.0.1:${port}`, ws: true } } },
      };
    },
    configureServer(server) {
      if (port === 0) return;
      child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        // The dev server serves the app itself: this process only the class.
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          STATIC_DIR: '',
          EXIT_WITH_PARENT: '1',
        },
        // Its stdin is a pipe from this process: when the dev server goes, however it goes,
        // the pipe closes and the class server stops too.
        stdio: ['pipe', 'inherit', 'inherit'],
      });
      server.httpServer?.on('close', () => child?.kill());
      process.once('exit', () => child?.kill());
    },
  };
}
