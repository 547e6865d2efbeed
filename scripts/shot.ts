// Development helper: a PNG of the running app.
//   npx tsx scripts/shot.ts <url> <out.png> [width] [height] ["playwright steps"]
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const [url = 'http://localhost:4173/', out = 'shot.png', w = '1280', h = '720', steps = ''] =
  process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(url);
await page.waitForTimeout(500);
if (steps) {
  // The steps are the developer's own code, typed on the command line: they are written out as a
  // module and imported, as `node -e` would run them, rather than made into a function from a string.
  const dir = mkdtempSync(join(tmpdir(), 'shot-'));
  try {
    const file = join(dir, 'steps.mjs');
    writeFileSync(file, `export default async (page) => {\n${steps}\n};\n`);
    const { default: run } = (await import(pathToFileURL(file).href)) as {
      default: (p: Page) => Promise<void>;
    };
    await run(page);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
await page.waitForTimeout(400);
await page.screenshot({ path: out });
if (errors.length) console.log(`ERRORS:\n${errors.join('\n')}`);
await browser.close();
