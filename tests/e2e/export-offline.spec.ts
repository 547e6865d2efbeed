import { expect, openTemplate, test } from './fixtures';
import { addBlock, expectSaved, openBlocks, renameDesign } from './storage';

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
