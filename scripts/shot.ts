// Development helper: a PNG of the running app.
//   npx tsx scripts/shot.ts <url> <out.png> [width] [height] ["playwright steps"]
import { chromium, type Page } from '@playwright/test';
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
if (steps)
  await (new Function('page', `return (async () => { ${steps} })()`) as (p: Page) => Promise<void>)(
    page,
  );
await page.waitForTimeout(400);
await page.screenshot({ path: out });
if (errors.length) console.log(`ERRORS:\n${errors.join('\n')}`);
await browser.close();
