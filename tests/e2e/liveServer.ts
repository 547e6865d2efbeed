import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A real class-server process for the live-class browser tests: the production server (the built
// app and the class server on one port). Loopback only, ports in 4300–4399, stopped by its PID.
// (redis-server for the two-process test: server/testing/redis.ts.)

async function until(check: () => Promise<boolean>, what: string, ms = 30_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const healthy = (port: number) => () =>
  fetch(`http://127.0.0.1:${port}/live/api/health`)
    .then((r) => r.ok)
    .catch(() => false);

export type ServerProcess = {
  readonly port: number;
  readonly url: string;
  /** Kills it at once (SIGKILL: nothing is flushed, as in a crash). */
  crash(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

function exited(child: ChildProcess | undefined) {
  return new Promise<void>((r) =>
    !child || child.exitCode !== null ? r() : child.once('exit', () => r()),
  );
}

/** `npm start` as a school would run it, with its data in a fresh folder. */
export function classServer(
  port: number,
  env: Record<string, string> = {},
  dataDir?: string,
): ServerProcess {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'stack-sandbox-class-'));
  let child: ChildProcess | undefined;
  return {
    port,
    url: `http://localhost:${port}`,
    async start() {
      child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, ...env },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      await until(healthy(port), `the class server on port ${port}`);
    },
    async crash() {
      child?.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child?.kill('SIGTERM');
      await exited(child);
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
