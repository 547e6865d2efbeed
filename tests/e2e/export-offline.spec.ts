import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { chooseFromMenu, expect, openTemplate, test } from './fixtures';
import { addBlock, expectSaved, openBlocks, renameDesign } from './storage';

// The pictures themselves: see pictures.spec.ts.

/** Exports a picture and returns its bytes (the test fails if no file comes). */
async function exportPicture(page: Page, format: 'PNG' | 'SVG') {
  const download = page.waitForEvent('download');
  await chooseFromMenu(page, 'File', new RegExp(`^Export picture \\(${format}\\)`));
  return readFile(await (await download).path());
}

test('any design the loader accepts exports: half an emoji and U+FFFF in labels', async ({
  page,
}) => {
  // Both once made "The picture could not be made": an SVG is XML, which cannot hold them.
  const path = join(tmpdir(), `stack-sandbox-odd-labels-${process.pid}.json`);
  await writeFile(
    path,
    JSON.stringify({
      format: 'stack-sandbox',
      version: 1,
      name: 'Odd \ud83d labels',
      blocks: [
        { id: 'hw', kind: 'hardware', variant: 'x86-server', label: 'half \ud83d an emoji' },
        { id: 'os', kind: 'os', variant: 'ubuntu', on: 'hw', label: 'no such \uffff character' },
      ],
    }),
  );
  try {
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await chooseFromMenu(page, 'File', /^Open a file/);
    await (await chooser).setFiles(path);
    await expect(page.locator('.block-title', { hasText: 'half \ufffd an emoji' })).toBeVisible();
    const png = await exportPicture(page, 'PNG');
    expect([...png.subarray(0, 4)]).toEqual([137, 80, 78, 71]);
    const svg = (await exportPicture(page, 'SVG')).toString('utf8');
    expect(svg).toContain('no such \ufffd character');
    await expect(page.getByTestId('announcer')).not.toContainText('could not be made');
  } finally {
    await rm(path, { force: true });
  }
});

test('once loaded, the app works offline, with the student’s design', async ({ page, context }) => {
  await page.goto('/');
  // Once the service worker is active it has cached the whole build, and it serves every page
  // loaded from then on.
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await renameDesign(page, 'Offline lab');
  await addBlock(page, 'x86 server');
  await expectSaved(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('Offline lab');
  expect(await openBlocks(page)).toEqual(['x86-server']);
  // Parts loaded on demand (a menu, the templates) come from the cache too.
  await openTemplate(page, /figure 1\.1/);
  await expect.poll(async () => (await openBlocks(page)).length).toBeGreaterThan(5);
  await context.setOffline(false);
});

test('the app can be installed: a manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    display: string;
    icons: { sizes: string }[];
  };
  expect(manifest.name).toBe('Stack Sandbox');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
});
