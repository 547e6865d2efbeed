import type { Page } from '@playwright/test';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeShareLink } from '../../src/engine/link/shareLink';
import type { Design } from '../../src/engine';
import { chooseFromMenu, expect, test } from './fixtures';
import { addBlock, expectSaved, renameDesign } from './storage';

// A right-to-left override (U+202E) turns everything after it around: "Lab ‮3 txt.exe" reads as
// "Lab exe.txt 3". A hostile name must never mirror the sentences it is printed in.
const RLO = '\u202e';
/** Embeddings and overrides: the characters that turn text around (our own isolates do not). */
const OVERRIDES = /[\u202a-\u202e]/;

/** Every character of text on the page, as the browser would lay it out. */
const pageText = (page: Page) => page.locator('body').innerText();

test('a file with overrides in its names: neutralised everywhere, names isolated', async ({
  page,
}) => {
  const path = join(tmpdir(), `stack-sandbox-bidi-${process.pid}.json`);
  await writeFile(
    path,
    JSON.stringify({
      format: 'stack-sandbox',
      version: 1,
      name: `Lab ${RLO}3 gnp.exe`,
      blocks: [
        { id: 'hw', kind: 'hardware', variant: 'x86-server', label: `Rack ${RLO}7 kcaR` },
        // An app on bare hardware: a problem whose message names the block.
        { id: 'app', kind: 'app', variant: 'web-app', on: 'hw', label: `שרת ${RLO}evil\u2069` },
      ],
    }),
  );
  try {
    await page.goto('/');
    await addBlock(page, 'x86 server');
    await expectSaved(page);
    const chooser = page.waitForEvent('filechooser');
    await chooseFromMenu(page, 'File', /^Open a file/);
    await (await chooser).setFiles(path);
    // The notice names the design isolated, and without its override.
    await expect(
      page.getByRole('status').filter({ hasText: 'Your previous design' }),
    ).toContainText('Opened “\u2068Lab 3 gnp.exe\u2069” from the file');
    await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('Lab 3 gnp.exe');
    await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveAttribute('dir', 'auto');
    // Block titles: the label as the student's own text, isolated from the rest of the block.
    const title = page.locator('.block-title', { hasText: 'Rack 7 kcaR' });
    await expect(title).toHaveAttribute('dir', 'auto');
    // Problems and everything else on the page: no override left to turn a sentence around.
    await expect(page.getByRole('region', { name: 'Problems' })).toContainText('שרת evil');
    expect(await pageText(page)).not.toMatch(OVERRIDES);
  } finally {
    await rm(path, { force: true });
  }
});

test('a shared link with an override in its name asks in plain order', async ({ page }) => {
  await page.goto('/');
  await renameDesign(page, 'My own lab');
  await addBlock(page, 'x86 server');
  await expectSaved(page);
  // Made outside the app (the app's own links are clean): the name carries an override.
  const hostile = {
    format: 'stack-sandbox',
    version: 1,
    name: `Homework ${RLO}ELBATS TON`,
    blocks: [{ id: 'hw', kind: 'hardware', variant: 'x86-server' }],
  } as unknown as Design;
  const link = encodeShareLink(hostile, 'edit');
  if (!link.ok) throw new Error('the link could not be made');
  await page.goto(`/#${link.fragment.replace(/^#/, '')}`);
  const ask = page.getByRole('dialog', { name: 'Open the shared design?' });
  await expect(ask).toContainText('The link holds “Homework ELBATS TON” (1 blocks).');
  await expect(ask.locator('bdi')).toHaveText(['Homework ELBATS TON', 'My own lab']);
  await expect(ask).toContainText('Your design “My own lab” stays in My designs either way.');
  expect(await ask.innerText()).not.toMatch(OVERRIDES);
  await ask.getByRole('button', { name: 'Not now' }).click();
});
