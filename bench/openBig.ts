// `npm run bench:open`: how long the page is busy when a student opens a big design (file
// picker), for each worst-case shape and size, in Debian's Chromium on the production build.
// Prints the longest main-thread task and the total of long tasks (over 50 ms) while opening,
// while selecting a block in view, deleting it and undoing it, and while reloading (the design is
// then the current one), each until the page is idle. Numbers only, nothing asserted: compare
// sizes with the 25-block row of one run.
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { generateDesign } from '../tests/fixtures/generateDesign';
import { WORST_CASES } from '../tests/fixtures/worstCases';

const SIZES = (process.env.BENCH_SIZES ?? '25,150,300,1000').split(',').map(Number);
const ALL_SHAPES = { realistic: generateDesign, ...WORST_CASES };
// BENCH_SHAPES=realistic,wide picks shapes; BENCH_PORT moves the preview off a port in use.
const SHAPES = Object.entries(ALL_SHAPES).filter(
  ([shape]) => !process.env.BENCH_SHAPES || process.env.BENCH_SHAPES.split(',').includes(shape),
);
const PORT = Number(process.env.BENCH_PORT ?? 4181);

/** Collects the page's long tasks from now on; `buffered` adds those since the page loaded. */
function watchLongTasks(page: Page, buffered = false) {
  return page.evaluate((buffered) => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered });
  }, buffered);
}

/**
 * Waits until the page is idle, so that what a step leaves for later (drawing, autosave, the
 * Costs panel's other way) counts as that step's, not the next one's.
 */
function settle(page: Page) {
  return page.evaluate(
    () => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 10_000 })),
  );
}

async function longTasksWhile(page: Page, act: () => Promise<void>) {
  await watchLongTasks(page);
  const start = Date.now();
  await act();
  const wall = Date.now() - start;
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  return { wall, worst: Math.max(0, ...long), total: long.reduce((a, b) => a + b, 0) };
}

// Its own output folder, so a benchmark never swaps the files under a browser test's server.
const outDir = 'dist-bench-open';
await build({ logLevel: 'error', build: { outDir } });
const server = await preview({
  logLevel: 'error',
  build: { outDir },
  preview: { port: PORT, strictPort: true },
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const dir = mkdtempSync(join(tmpdir(), 'open-big-'));
// Each case runs RUNS times in a fresh tab and prints the median: one run on a shared machine is
// noise. The 25-block case is the yardstick (about the largest built-in template).
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function measureOnce(path: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`http://localhost:${PORT}/`);
  await page.getByRole('button', { name: 'File ▾' }).waitFor();
  const open = await longTasksWhile(page, async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'File ▾' }).click();
    await page.getByRole('menuitem', { name: /^Open a file/ }).click();
    await (await chooser).setFiles(path);
    await page.locator('.react-flow__node').first().waitFor({ timeout: 600_000 });
    await page
      .getByText(/^Saved|✔ Saved/)
      .first()
      .waitFor({ timeout: 600_000 });
    await settle(page);
  });
  // An edit: select a block in view (one that carries nothing if there is one), delete it, undo.
  const target = await page.evaluate(() => {
    const inView = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].flatMap(
      (el) => {
        const r = el.getBoundingClientRect();
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        const hit = document.elementFromPoint(x, y)?.closest('.react-flow__node') === el;
        return hit ? [{ id: el.dataset.id, x, y, leaf: !el.classList.contains('parent') }] : [];
      },
    );
    const pick = inView.find((b) => b.leaf) ?? inView[0];
    if (!pick) throw new Error('no block in view to edit');
    return pick;
  });
  const gone = page.locator(`.react-flow__node[data-id="${target.id}"]`);
  const edit = await longTasksWhile(page, async () => {
    await page.mouse.click(target.x, target.y);
    await page.keyboard.press('Delete');
    if (!target.leaf) await page.getByRole('button', { name: /^Delete only/ }).click();
    await gone.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await gone.waitFor();
    await settle(page);
  });
  const reload = await longTasksWhile(page, async () => {
    await page.reload();
    await watchLongTasks(page, true); // the reload's own tasks ran before this could listen
    await page.locator('.react-flow__node').first().waitFor({ timeout: 600_000 });
    await settle(page);
  });
  await context.close();
  return { open, edit, reload };
}

console.log(
  `median of ${RUNS} runs    open: wall  worst task  long total   edit: worst   reload: worst  long total`,
);
for (const [shape, make] of SHAPES) {
  for (const n of SIZES) {
    const path = join(dir, `${shape}-${n}.json`);
    writeFileSync(path, JSON.stringify(make(n)));
    const runs: Awaited<ReturnType<typeof measureOnce>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(path));
    const ms = (pick: (r: (typeof runs)[number]) => number) =>
      `${Math.round(median(runs.map(pick)))} ms`.padStart(10);
    console.log(
      `${shape.padEnd(12)} ${String(n).padStart(6)}  ${ms((r) => r.open.wall)}  ${ms((r) => r.open.worst)}  ${ms((r) => r.open.total)}   ${ms((r) => r.edit.worst)}   ${ms((r) => r.reload.worst)}  ${ms((r) => r.reload.total)}`,
    );
  }
}
await browser.close();
server.httpServer.close();
