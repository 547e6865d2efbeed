// `npm run bench` (browser part): our canvas against a bare React Flow page with the same nodes,
// on production builds, interleaved (ABBA) in one Debian Chromium. Prints main-thread time per
// drag move, drag fps, first render and heap, each with its ratio to bare, plus the app's initial
// JavaScript size. Numbers only: nothing is asserted (the machines are shared and noisy).
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

const SIZES = [500, 1000, 2000];
const REPS = Number(process.env.BENCH_REPS ?? 3);
const MOVES = 120;
type View = 'fit' | 'zoom1';
type Kind = 'bare' | 'app';
type Run = {
  firstRenderMs: number;
  heapMB: number;
  mainPerMoveMs: number;
  fps: number;
  domNodes: number;
  blocksInDom: number;
  moved: boolean;
  node: string;
  evaluations?: number;
};

function initialJsKB(): number {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return (
    files.reduce((sum, f) => sum + gzipSync(readFileSync(`dist/${f}`), { level: 9 }).length, 0) /
    1000
  );
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function runPage(
  browser: Browser,
  base: string,
  kind: Kind,
  n: number,
  view: View,
  size: { w: number; h: number },
): Promise<Run> {
  const ctx = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
  });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(`${base}/${kind}.html?n=${n}&w=${size.w}&h=${size.h}`);
  await page.waitForFunction(() => window.__perf?.ready === true, null, { timeout: 180_000 });
  const firstRenderMs = await page.evaluate(() => window.__perf.marks.painted ?? 0);
  if (view === 'zoom1') {
    if (kind === 'app') await page.getByRole('button', { name: 'Zoom to 100 %' }).click();
    else
      await page.evaluate(() =>
        (window as unknown as { __bareZoom100: () => void }).__bareZoom100(),
      );
    await page.waitForTimeout(400);
  }
  const node = (await page.evaluate(() => window.__perf.pickNode())) ?? '';
  const blocksInDom = await page.evaluate(() => window.__perf.nodeCount());
  await cdp.send('HeapProfiler.collectGarbage');
  const m0 = await metrics(cdp);
  const evaluationsBefore =
    kind === 'app'
      ? await page.evaluate(
          () =>
            (window as unknown as { __stackSandbox: { reports: { evaluations: number } } })
              .__stackSandbox.reports.evaluations,
        )
      : undefined;
  const drag = await page.evaluate(([id, moves]) => window.__perf.drag(id, moves as number), [
    node,
    MOVES,
  ] as const);
  const m1 = await metrics(cdp);
  const evaluations =
    kind === 'app'
      ? (await page.evaluate(
          () => (window as unknown as { __evaluationsAtRelease: number }).__evaluationsAtRelease,
        )) - (evaluationsBefore ?? 0)
      : undefined;
  const main = (k: string) => (m1[k] ?? 0) - (m0[k] ?? 0);
  const frames = drag.frames.slice(5);
  const meanFrame = frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length);
  await ctx.close();
  return {
    firstRenderMs,
    heapMB: (m0.JSHeapUsedSize ?? 0) / 1e6,
    mainPerMoveMs:
      ((main('ScriptDuration') + main('LayoutDuration') + main('RecalcStyleDuration')) * 1000) /
      MOVES,
    fps: 1000 / meanFrame,
    domNodes: m0.Nodes ?? 0,
    blocksInDom,
    moved: drag.moved,
    node,
    ...(evaluations === undefined ? {} : { evaluations }),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

async function rerenderCheck(browser: Browser, base: string, size: { w: number; h: number }) {
  // After a one-block edit, how many block views change in the DOM? (Structural sharing at work.)
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await page.goto(`${base}/app.html?n=500&w=${size.w}&h=${size.h}`);
  await page.waitForFunction(() => window.__perf?.ready === true, null, { timeout: 120_000 });
  const result = await page.evaluate(async () => {
    const sandbox = (
      window as unknown as {
        __stackSandbox: {
          store: {
            getState(): {
              design: { blocks: { id: string; kind: string }[] };
              setFigure(id: string, key: string, v: number): void;
            };
          };
        };
      }
    ).__stackSandbox;
    const changed = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const node = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest(
          '.react-flow__node',
        );
        if (node) changed.add(node.getAttribute('data-id') ?? '');
      }
    });
    observer.observe(document.querySelector('.react-flow__nodes') as Element, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'aria-label'],
    });
    const app = sandbox.store.getState().design.blocks.find((b) => b.kind === 'app');
    sandbox.store.getState().setFigure(app!.id, 'memoryMiB', 77);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    observer.disconnect();
    return {
      changed: [...changed].filter((id) => id !== app!.id).length,
      inDom: document.querySelectorAll('.react-flow__node').length,
    };
  });
  await ctx.close();
  return result;
}

async function main() {
  console.log('Building the app and the benchmark pages (production)…');
  // A test build: the benchmark reads the app's evaluation count through its test hooks.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_TEST_HOOKS: '1' },
  });
  await build({ configFile: 'vite.bench.config.ts', logLevel: 'error' });
  const server = await preview({
    configFile: 'vite.bench.config.ts',
    preview: { port: 4180, strictPort: true },
    logLevel: 'error',
  });
  const base = 'http://localhost:4180';
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      // benchmark hygiene: never throttle the page under test
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  try {
    // The bare pane gets exactly the size of the app's canvas for the same design (the panels
    // around the canvas depend on what the design holds).
    const canvasSize = async (n: number) => {
      const probe = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await probe.goto(`${base}/app.html?n=${n}`);
      await probe.waitForFunction(() => window.__perf?.ready === true, null, { timeout: 180_000 });
      const rect = (await probe.locator('.canvas').boundingBox())!;
      await probe.close();
      return { w: Math.round(rect.width), h: Math.round(rect.height) };
    };
    const size = await canvasSize(500);

    type Scenario = { n: number; view: View };
    const scenarios: Scenario[] = [
      ...SIZES.map((n): Scenario => ({ n, view: 'fit' })),
      { n: 1000, view: 'zoom1' },
      { n: 2000, view: 'zoom1' },
    ];
    const rows: string[][] = [];
    for (const { n, view } of scenarios) {
      const runs: Record<Kind, Run[]> = { bare: [], app: [] };
      for (let rep = 0; rep < REPS; rep++) {
        const order: Kind[] = rep % 2 === 0 ? ['bare', 'app'] : ['app', 'bare'];
        for (const kind of order)
          runs[kind].push(await runPage(browser, base, kind, n, view, size));
      }
      const med = (kind: Kind, key: keyof Run) => median(runs[kind].map((r) => Number(r[key])));
      const ratio = (key: keyof Run) => (med('app', key) / med('bare', key)).toFixed(2);
      const allMoved = [...runs.bare, ...runs.app].every((r) => r.moved);
      const dragged = new Set([...runs.bare, ...runs.app].map((r) => r.node));
      if (dragged.size > 1)
        console.log(`  note: the pages dragged different blocks: ${[...dragged].join(', ')}`);
      const evaluations = Math.max(...runs.app.map((r) => r.evaluations ?? 0));
      rows.push([
        `${n}`,
        view === 'fit' ? 'all on screen' : '100 %, visible only',
        med('bare', 'mainPerMoveMs').toFixed(1),
        med('app', 'mainPerMoveMs').toFixed(1),
        ratio('mainPerMoveMs'),
        med('bare', 'fps').toFixed(1),
        med('app', 'fps').toFixed(1),
        ratio('fps'),
        med('bare', 'firstRenderMs').toFixed(0),
        med('app', 'firstRenderMs').toFixed(0),
        ratio('firstRenderMs'),
        med('bare', 'heapMB').toFixed(1),
        med('app', 'heapMB').toFixed(1),
        ratio('heapMB'),
        `${med('bare', 'blocksInDom').toFixed(0)} / ${med('app', 'blocksInDom').toFixed(0)}`,
        allMoved ? 'yes' : 'NO',
        `${evaluations}`,
      ]);
      console.log(
        `  measured ${n} blocks, ${view} (${REPS} × bare + app), dragging block ${[...dragged].join(', ')}`,
      );
    }
    const header = [
      'blocks',
      'view',
      'main/move bare ms',
      'main/move app ms',
      'main ratio',
      'fps bare',
      'fps app',
      'fps ratio',
      'first render bare ms',
      'first render app ms',
      'render ratio',
      'heap bare MB',
      'heap app MB',
      'heap ratio',
      'blocks drawn bare / app',
      'moved',
      'evaluations in drag',
    ];
    console.log(
      `\nBrowser benchmark: medians of ${REPS} interleaved runs, ${MOVES} moves each, 1280×720, canvas ${size.w}×${size.h}\n`,
    );
    console.table(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))));
    const rr = await rerenderCheck(browser, base, size);
    console.log(
      `After a one-block edit (500 blocks, ${rr.inDom} in the DOM), other block views that changed: ${rr.changed}`,
    );
    console.log(
      `Initial JavaScript of the app (gzip -9, files index.html loads): ${initialJsKB().toFixed(1)} kB\n`,
    );
    console.log(
      'Targets: main/move ≤ 1.15× bare; ≥ 45 fps at 1,000 blocks all on screen; ≥ 50 fps at 2,000 blocks at 100 %; initial JS ≤ 160 kB.',
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
