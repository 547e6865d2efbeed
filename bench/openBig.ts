// `npm run bench:open`: how long the page is busy when a student opens a big design (file
// picker), for each worst-case shape and size, in Debian's Chromium on the production build.
// Prints the longest main-thread task and the total of long tasks (over 50 ms) while opening,
// and again while reloading (the design is then the current one). Numbers only, nothing asserted.
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { generateDesign } from '../tests/fixtures/generateDesign';
import { WORST_CASES } from '../tests/fixtures/worstCases';

const SIZES = (process.env.BENCH_SIZES ?? '1000,2000,5000').split(',').map(Number);
const SHAPES = { realistic: generateDesign, ...WORST_CASES };
const PORT = 4181;

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
console.log('shape        blocks   open: wall  worst task  long total   reload: worst  long total');
for (const [shape, make] of Object.entries(SHAPES)) {
  for (const n of SIZES) {
    const path = join(dir, `${shape}-${n}.json`);
    writeFileSync(path, JSON.stringify(make(n)));
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
    });
    const reload = await longTasksWhile(page, async () => {
      await page.reload();
      await watchLongTasks(page, true); // the reload's own tasks ran before this could listen
      await page.locator('.react-flow__node').first().waitFor({ timeout: 600_000 });
    });
    const ms = (v: number) => `${Math.round(v)} ms`.padStart(10);
    console.log(
      `${shape.padEnd(12)} ${String(n).padStart(6)}  ${ms(open.wall)}  ${ms(open.worst)}  ${ms(open.total)}   ${ms(reload.worst)}  ${ms(reload.total)}`,
    );
    await context.close();
  }
}
await browser.close();
server.httpServer.close();
