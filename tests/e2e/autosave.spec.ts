import { readFile } from 'node:fs/promises';
import { expect, expectProblem, test } from './fixtures';
import {
  addBlock,
  CURRENT_KEY,
  DESIGN_KEY,
  expectSaved,
  openBlocks,
  openDesignName,
  renameDesign,
  saveStatus,
  seedStorage,
  storedEntries,
} from './storage';

test('a reload right after an edit keeps the edit (the save is flushed as the page goes)', async ({
  page,
}) => {
  await page.goto('/');
  await renameDesign(page, 'Lab 3');
  await addBlock(page, 'x86 server');
  // No waiting for the autosave: the page goes away at once.
  await page.reload();
  expect(await openDesignName(page)).toBe('Lab 3');
  expect(await openBlocks(page)).toEqual(['x86-server']);
  await expectSaved(page);
});

test('a crashed tab loses nothing but the last moments', async ({ page, context }) => {
  await page.goto('/');
  await renameDesign(page, 'Before the crash');
  await addBlock(page, 'x86 server');
  await expectSaved(page);
  await renameDesign(page, 'Typed just before the crash');
  // The renderer dies with no chance to flush: no pagehide, no visibilitychange.
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // The reply never comes (the page is gone), so only the crash itself is awaited.
  cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const again = await context.newPage();
  await again.goto('/');
  expect(await openDesignName(again)).toBe('Before the crash');
  expect(await openBlocks(again)).toEqual(['x86-server']);
});

test.describe('a saved design this version cannot read is kept aside, untouched', () => {
  const cases = [
    {
      what: 'damaged (cut off mid-write)',
      raw: '{"app":"stack-sandbox","envelopeVersion":1,"id":"old","rev":3,"design":{"format":"stack-sa',
      says: /could not be opened: The saved design is damaged/,
    },
    {
      what: 'written by a newer version',
      raw: JSON.stringify({
        app: 'stack-sandbox',
        envelopeVersion: 1,
        id: 'old',
        rev: 3,
        savedAt: 1,
        writer: 'x',
        design: { format: 'stack-sandbox', version: 99, name: 'From the future', blocks: [] },
      }),
      says: /could not be opened: .*newer Stack Sandbox/,
    },
    {
      what: 'in a storage format from a newer version',
      raw: JSON.stringify({ app: 'stack-sandbox', envelopeVersion: 2, id: 'old', parts: [] }),
      says: /could not be opened: .*saved by a newer version/,
    },
  ];
  for (const { what, raw, says } of cases) {
    test(what, async ({ page }) => {
      await seedStorage(page, { [CURRENT_KEY]: 'old', [`${DESIGN_KEY}old`]: raw });
      await page.goto('/');
      const banner = page.getByRole('alert').filter({ hasText: says });
      await expect(banner).toContainText('It is kept untouched in My designs');
      // The student starts afresh, and their work is saved under a key of its own.
      await renameDesign(page, 'Fresh start');
      await expectSaved(page);
      const stored = await storedEntries(page);
      expect(stored[`${DESIGN_KEY}old`]).toBe(raw);
      expect(Object.keys(stored)).toHaveLength(2);

      // The unreadable save can be taken away as it is.
      const download = page.waitForEvent('download');
      await banner.getByRole('button', { name: 'Download it' }).click();
      expect(await readFile(await (await download).path(), 'utf8')).toBe(raw);

      await page.getByRole('button', { name: 'File ▾' }).click();
      await page.getByRole('menuitem', { name: /^My designs/ }).click();
      await expect(page.getByRole('dialog', { name: 'My designs' })).toContainText(
        'Cannot be opened here',
      );
    });
  }
});

test('a saved design with one unreadable block opens repaired, says so, and keeps the original', async ({
  page,
}) => {
  const design = {
    format: 'stack-sandbox',
    version: 1,
    name: 'Lab 4',
    blocks: [
      { id: 'hw', kind: 'hardware', variant: 'x86-server' },
      { id: 'os', kind: 'os', variant: 'ubuntu', on: 'hw' },
      { id: 'gpu', kind: 'graphics-card', variant: 'rtx' },
    ],
  };
  const raw = JSON.stringify({
    app: 'stack-sandbox',
    envelopeVersion: 1,
    id: 'old',
    rev: 7,
    savedAt: 1,
    writer: 'x',
    design,
  });
  await seedStorage(page, { [CURRENT_KEY]: 'old', [`${DESIGN_KEY}old`]: raw });
  await page.goto('/');
  expect(await openBlocks(page)).toEqual(['x86-server', 'ubuntu']);
  const notice = page.getByRole('status').filter({ hasText: 'was damaged' });
  await expect(notice).toContainText('repaired to open: Block "gpu" has an unknown kind');
  await expect(notice).toContainText('The original is kept untouched in My designs');
  // The original can be taken away exactly as it was stored.
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download it' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(raw);

  // The first edit is saved as a design of its own: the original is never written over.
  await addBlock(page, 'Docker Engine');
  await expectSaved(page);
  const stored = await storedEntries(page);
  expect(stored[`${DESIGN_KEY}old`]).toBe(raw);
  expect(Object.keys(stored)).toHaveLength(2);
  await page.reload();
  expect(await openBlocks(page)).toEqual(['x86-server', 'ubuntu', 'docker']);
  await page.getByRole('button', { name: 'File ▾' }).click();
  await page.getByRole('menuitem', { name: /^My designs/ }).click();
  await expect(page.getByRole('dialog', { name: 'My designs' })).toContainText(
    'partly damaged: opens as a repaired copy',
  );
});

test('a tab pasted into the name never stops saving', async ({ page }) => {
  await page.goto('/');
  await addBlock(page, 'x86 server');
  const name = page.getByRole('textbox', { name: 'Design name' });
  await name.fill('Rack\t7');
  await name.press('Enter');
  await expectSaved(page);
  await addBlock(page, 'Ubuntu Server');
  await expectSaved(page);
  await page.reload();
  expect(await openDesignName(page)).toBe('Rack 7');
  expect(await openBlocks(page)).toEqual(['x86-server', 'ubuntu']);
});

test('storage full: the save state says so and offers a backup; making room saves again', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('__filled')) return;
    sessionStorage.setItem('__filled', '1');
    // Fill this origin's storage to the last byte, the way other apps on a shared school
    // computer might have.
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler-${size}-${i}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    }
  });
  await page.goto('/');
  await addBlock(page, 'x86 server');
  await renameDesign(page, 'Too big to keep');
  await expect(saveStatus(page)).toHaveText('✖ Not saved: storage full');
  const banner = page.getByRole('alert').filter({ hasText: 'storage is full' });
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download backup' }).click();
  const backup = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    name: string;
    blocks: unknown[];
  };
  expect(backup.name).toBe('Too big to keep');
  expect(backup.blocks).toHaveLength(1);

  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('filler-1048576')) localStorage.removeItem(key);
  });
  await addBlock(page, 'Ubuntu Server');
  await expectSaved(page);
  await expect(banner).toHaveCount(0);
});

test('storage unavailable: the student is told, and can still build and save files', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'does not let' })).toContainText(
    'This browser does not let Stack Sandbox save',
  );
  await expect(saveStatus(page)).toHaveText('✖ Not saved in this browser');
  await addBlock(page, 'x86 server');
  expect(await openBlocks(page)).toEqual(['x86-server']);
  await page.getByRole('button', { name: 'File ▾' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Save as a file/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.stack-sandbox\.json$/);
});

test('a view that crashes shows a way out, never a blank page; the saved design survives', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await renameDesign(page, 'Before the bug');
  await addBlock(page, 'x86 server');
  await expectSaved(page);
  // Fault injection: a design no view can draw, as a bug might produce.
  await page.evaluate(() => {
    type Handle = { store: { setState(s: object): void; getState(): { design: object } } };
    const sandbox = (window as unknown as { __stackSandbox: Handle }).__stackSandbox;
    sandbox.store.setState({ design: { ...sandbox.store.getState().design, blocks: null } });
  });
  const crashed = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(crashed).toBeVisible();
  // React reports the error it caught on the console: expected here, and only here.
  expectProblem(problems, /^console error: /);

  const download = page.waitForEvent('download');
  await crashed.getByRole('button', { name: 'Download your design' }).click();
  const saved = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    name: string;
  };
  expect(saved.name).toBe('Before the bug');

  await crashed.getByRole('button', { name: 'Reload', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('Before the bug');
  expect(await openBlocks(page)).toEqual(['x86-server']);
});
