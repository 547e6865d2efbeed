// The README's pictures, made from the running production build (`npx vite build && npx vite
// preview`), so they show what a student sees:
//   npx tsx scripts/readme-shots.ts [url]
// writes docs/screenshot.png (the containers figure and its costs at 1366×768, the commonest
// school laptop), docs/compare.png (Compare, from the containers side) and docs/vm-figure.svg
// (the VM figure as File ▸ Export picture (SVG) saves it).
import { copyFile } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const url = process.argv[2] ?? 'http://localhost:4173/';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

async function choose(p: Page, menu: string, item: RegExp) {
  await p.getByRole('button', { name: `${menu} ▾` }).click();
  await p.getByRole('menuitem', { name: item }).click();
}

await page.goto(url);
// The offline news comes once the service worker is ready: let it come, then dismiss it.
await page.evaluate(async () => void (await navigator.serviceWorker.ready));
await choose(page, 'Templates', /figure 1\.2/);
await page.getByRole('region', { name: 'The whole design' }).waitFor();
for (const dismiss of await page.getByRole('button', { name: 'Dismiss this message' }).all())
  await dismiss.click();
await page.locator('.banner').waitFor({ state: 'detached' });
await page.screenshot({ path: 'docs/screenshot.png' });

await page
  .getByRole('region', { name: 'The whole design' })
  .getByRole('button', { name: 'Compare' })
  .click();
const compare = page.getByRole('dialog', { name: 'Compare: VMs and containers' });
await compare.getByRole('table').waitFor();
await compare.screenshot({ path: 'docs/compare.png' });
await compare.getByRole('button', { name: 'Close' }).click();

await choose(page, 'Templates', /figure 1\.1/);
const download = page.waitForEvent('download');
await choose(page, 'File', /^Export picture \(SVG\)/);
await copyFile(await (await download).path(), 'docs/vm-figure.svg');

await browser.close();
if (errors.length) {
  console.error(`ERRORS:\n${errors.join('\n')}`);
  process.exit(1);
}
console.log('Wrote docs/screenshot.png, docs/compare.png and docs/vm-figure.svg');
