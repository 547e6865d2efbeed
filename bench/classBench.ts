// npm run bench:class — a live class under load: one teacher and N simulated students (Node
// clients with the real Hocuspocus provider), each changing their design every 2 s. Prints the
// time from a student's change to the teacher's dashboard data (p50, p95), and the class
// server's CPU and memory, for N = 30, 100 and 300 on one process and 100 across two processes
// sharing the class through Redis. Loopback only; every process it starts, it stops.
//   npm run bench:class -- [seconds per run, default 20]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { serializeDesign } from '../src/engine';
import { BUILT_IN_EXERCISES } from '../src/engine/exercise/builtInExercises';
import { TEMPLATES } from '../src/engine/templates';
import { DASH, docName, LIVE_PATH, WORK, type DashEntry } from '../src/live/protocol';
import { connect, startClass, type Client } from '../server/testing/nodeClient';
import { freePort, startRedis } from '../server/testing/redis';

const SECONDS = Number(process.argv[2] ?? 20);
const EDIT_EVERY_MS = 2000;
const TICKS = 100; // clock ticks per second (Linux's USER_HZ)

type Proc = { child: ChildProcess; url: string };

async function startServer(dataDir: string, env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: '',
      MAX_STUDENTS: '1000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(`${url}${LIVE_PATH}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (i > 300) throw new Error('class server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url };
}

/** CPU ticks (user + system) and memory of a process, from /proc. */
function sample(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { ticks, rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
}

const pct = (sorted: number[], p: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function run(label: string, students: number, processes: 1 | 2) {
  const dataDir = mkdtempSync(join(tmpdir(), 'class-bench-'));
  const redis = processes === 2 ? await startRedis() : undefined;
  const env: Record<string, string> = redis ? { REDIS_URL: redis.url } : {};
  const servers: Proc[] = [];
  for (let i = 0; i < processes; i++) servers.push(await startServer(dataDir, env));
  const clients: Client[] = [];
  const sockets: HocuspocusProviderWebsocket[] = [];
  try {
    const exercise = BUILT_IN_EXERCISES.find((e) => e.id === 'vm-figure')!;
    const { code, teacherKey } = await startClass(servers[0]!.url, exercise);
    const dash = connect(servers[0]!.url, docName({ kind: 'dash', code }), {
      role: 'teacher',
      key: teacherKey,
    });
    clients.push(dash);
    await dash.ready;

    // Each student's change carries its number in the design's name; the teacher's side notes
    // when that number shows up in the dashboard data.
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const onFirst: number[] = [];
    const onOther: number[] = [];
    let measuring = false;
    dash.doc.getMap<string>(DASH.map).observe((event) => {
      const now = performance.now();
      for (const id of event.keysChanged) {
        if (typeof id !== 'string') continue; // Yjs types the keys `any`; a map's keys are text
        const raw = dash.doc.getMap<string>(DASH.map).get(id);
        if (!raw) continue;
        const name = /"name": "edit (\d+)"/.exec((JSON.parse(raw) as DashEntry).design)?.[1];
        const at = name === undefined ? undefined : sentAt.get(`${id}:${name}`);
        if (at !== undefined) {
          if (measuring) {
            latencies.push(now - at);
            (parseInt(id, 16) % processes === 0 ? onFirst : onOther).push(now - at);
          }
          sentAt.delete(`${id}:${name}`);
        }
      }
    });

    const base = TEMPLATES.find((t) => t.id === 'vms')?.design ?? TEMPLATES[0]!.design;
    const works: { id: string; client: Client }[] = [];
    for (let i = 0; i < students; i += 25) {
      const batch = [];
      for (let j = i; j < Math.min(students, i + 25); j++) {
        const server = servers[j % processes]!;
        const socket = new HocuspocusProviderWebsocket({
          url: `${server.url.replace('http', 'ws')}${LIVE_PATH}`,
          WebSocketPolyfill: WebSocket,
        });
        sockets.push(socket);
        const id = j.toString(16).padStart(16, '0');
        const token = { role: 'student', id, key: `bench-student-key-${j}`, name: `Student ${j}` };
        const own = connect(
          server.url,
          docName({ kind: 'student', code, student: id }),
          token,
          socket,
        );
        const board = connect(server.url, docName({ kind: 'board', code }), token, socket);
        clients.push(own, board);
        works.push({ id, client: own });
        batch.push(own.ready, board.ready);
      }
      await Promise.all(batch);
    }

    let seq = 0;
    const timers = works.map(({ id, client }) =>
      setTimeout(() => {
        const edit = () => {
          const n = ++seq;
          const design = serializeDesign({ ...base, name: `edit ${n}` });
          sentAt.set(`${id}:${n}`, performance.now());
          client.doc.getMap(WORK.map).set('design', design);
        };
        edit();
        timers.push(setInterval(edit, EDIT_EVERY_MS));
      }, Math.random() * EDIT_EVERY_MS),
    );

    await new Promise((r) => setTimeout(r, 3000)); // warm up
    const pids = servers.map((s) => s.child.pid!);
    const before = pids.map(sample);
    const t0 = performance.now();
    measuring = true;
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    measuring = false;
    const seconds = (performance.now() - t0) / 1000;
    const after = pids.map(sample);
    for (const t of timers) clearTimeout(t);

    const sorted = [...latencies].sort((a, b) => a - b);
    if (process.env.BENCH_SPLIT)
      for (const [name, l] of [
        ['teacher’s server', onFirst],
        ['other server', onOther],
      ] as const) {
        const s2 = [...l].sort((a, b) => a - b);
        console.log(
          `  students on the ${name}: ${s2.length} changes, p50 ${pct(s2, 50).toFixed(1)}, p95 ${pct(s2, 95).toFixed(1)}`,
        );
      }
    const cpu = after.map((a, i) => ((a.ticks - before[i]!.ticks) / TICKS / seconds) * 100);
    console.log(
      [
        label.padEnd(28),
        String(students).padStart(4),
        String(sorted.length).padStart(7),
        pct(sorted, 50).toFixed(1).padStart(8),
        pct(sorted, 95).toFixed(1).padStart(8),
        cpu
          .map((c) => c.toFixed(0))
          .join('+')
          .padStart(9),
        after
          .map((a) => a.rssMiB.toFixed(0))
          .join('+')
          .padStart(9),
        after
          .map((a) => a.peakMiB.toFixed(0))
          .join('+')
          .padStart(9),
      ].join('  '),
    );
  } finally {
    for (const c of clients) c.destroy();
    for (const s of sockets) s.destroy();
    for (const s of servers) {
      s.child.kill('SIGTERM');
      await new Promise((r) => (s.child.exitCode !== null ? r(null) : s.child.once('exit', r)));
    }
    await redis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(
  `Live class: every student changes their design every ${EDIT_EVERY_MS / 1000} s; ${SECONDS} s measured per run.`,
);
console.log('Latency: a student’s change → the teacher’s dashboard data (ms). CPU: % of one core.');
console.log(
  `Machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (the simulated students share it).`,
);
console.log(
  [
    'setup'.padEnd(28),
    '   N',
    'changes',
    '     p50',
    '     p95',
    '  CPU (%)',
    ' RSS (MB)',
    'peak (MB)',
  ].join('  '),
);
const only = process.env.BENCH_ONLY; // e.g. "redis-10" to run one setup while investigating
const runs: [string, number, 1 | 2][] = [
  ['one process', 30, 1],
  ['one process', 100, 1],
  ['one process', 300, 1],
  ['two processes + Redis', 100, 2],
];
if (only) {
  const [kind, n] = only.split('-');
  await run(
    kind === 'redis' ? 'two processes + Redis' : 'one process',
    Number(n),
    kind === 'redis' ? 2 : 1,
  );
} else for (const [label, n, p] of runs) await run(label, n, p);
process.exit(0);
