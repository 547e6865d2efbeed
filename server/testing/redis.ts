import { spawn, spawnSync } from 'node:child_process';
import { createConnection, createServer } from 'node:net';

/** A free loopback port in `from`–`to` (tests and benchmarks keep to 4300–4399). */
export async function freePort(from = 4300, to = 4399): Promise<number> {
  const start = from + Math.floor(Math.random() * (to - from + 1));
  for (let i = 0; i <= to - from; i++) {
    const port = from + ((start - from + i) % (to - from + 1));
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${from}–${to}`);
}

export const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

/** A throwaway redis-server (Debian's package) on loopback, nothing saved; stopped by its PID. */
export async function startRedis(port?: number) {
  if (spawnSync(REDIS_SERVER, ['--version']).error)
    throw new Error(
      'redis-server is not installed: apt-get install -y redis-server (.ci/run does).',
    );
  const p = port ?? (await freePort());
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const start = Date.now();
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const s = createConnection(p, '127.0.0.1');
      s.once('connect', () => {
        s.end();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (up) break;
    if (Date.now() - start > 10_000) throw new Error('redis-server did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port: p,
    url: `redis://127.0.0.1:${p}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
