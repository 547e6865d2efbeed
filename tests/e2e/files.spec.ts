import { open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { chooseFromMenu, expect, expectProblem, openTemplate, test } from './fixtures';
import { addBlock, expectSaved, openBlocks, openDesignName, storedNames } from './storage';

/** File ▸ Open a file…, choosing `path` in the browser's file picker. */
async function openFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await chooseFromMenu(page, 'File', /^Open a file/);
  await (await chooser).setFiles(path);
}

const design = (name: string, blocks: object[]) =>
  JSON.stringify({ format: 'stack-sandbox', version: 1, name, blocks });

test('save as a file, then open it again from the picker: the same design, the old one kept', async ({
  page,
}) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.2/);
  const blocks = await openBlocks(page);
  const download = page.waitForEvent('download');
  await chooseFromMenu(page, 'File', /^Save as a file/);
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('Containers-Using-Docker-figure-1-2.stack-sandbox.json');
  const text = await readFile(await saved.path(), 'utf8');
  // The public format, pretty-printed: one block per line.
  expect(text).toMatch(/^\{\n {2}"format": "stack-sandbox",\n {2}"version": 2,/);

  await chooseFromMenu(page, 'File', /^New empty design/);
  await addBlock(page, 'x86 server');
  await expectSaved(page);
  await openFile(page, await saved.path());
  await expect(page.getByRole('status').filter({ hasText: 'from the file' })).toBeVisible();
  expect(await openBlocks(page)).toEqual(blocks);
  await expectSaved(page);
  expect(await storedNames(page)).toHaveLength(3);
});

test('a file dropped on the page opens as a design of its own', async ({ page }) => {
  await page.goto('/');
  const text = design('Dropped lab', [{ id: 'hw', kind: 'hardware', variant: 'x86-server' }]);
  const transfer = await page.evaluateHandle((t) => {
    const data = new DataTransfer();
    data.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
    return data;
  }, text);
  // A real drag fires dragover again and again while the file is held over the page; so does the
  // test, until the page listens (its drop code loads just after the first screen).
  await expect(async () => {
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await expect(page.getByText('Drop a design file to open it')).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect.poll(() => openDesignName(page)).toBe('Dropped lab');
  await expect(page.getByText('Drop a design file to open it')).toHaveCount(0);
});

test('a 100 MB file is refused at once, and nothing changes', async ({ page }) => {
  const path = join(tmpdir(), `stack-sandbox-100mb-${process.pid}.json`);
  const file = await open(path, 'w');
  await file.truncate(100 * 1024 * 1024);
  await file.close();
  try {
    await page.goto('/');
    await addBlock(page, 'x86 server');
    await openFile(page, path);
    await expect(page.getByRole('alert')).toContainText(
      /Could not open the file \u2068stack-sandbox-100mb-\d+\.json\u2069/,
    );
    // In the unit memory is shown in; and it is the size, not the bytes, that refused it: the
    // picker handed over a Blob whose size was checked before a byte was read.
    await expect(page.getByRole('alert')).toContainText(
      'This file is too large to be a design (100 MiB; the limit is 5 MiB).',
    );
    expect(await openBlocks(page)).toEqual(['x86-server']);
  } finally {
    await rm(path, { force: true });
  }
});

test('hostile labels render as plain text, capped; no script runs', async ({ page }) => {
  const path = join(tmpdir(), `stack-sandbox-hostile-${process.pid}.json`);
  const img = '<img src=x onerror=alert(1)>';
  await writeFile(
    path,
    design(`<script>alert(2)</script>`, [
      { id: 'hw', kind: 'hardware', variant: 'x86-server', label: img },
      { id: 'os', kind: 'os', variant: 'ubuntu', on: 'hw', label: 'javascript:alert(3)' },
      { id: 'os2', kind: 'os', variant: 'ubuntu', label: 'A'.repeat(4_000_000) },
    ]),
  );
  try {
    await page.goto('/');
    await openFile(page, path);
    await expect(page.locator('.block-title', { hasText: img })).toBeVisible();
    await expect(page.locator('.block-title', { hasText: 'javascript:alert(3)' })).toBeVisible();
    expect(await openDesignName(page)).toBe('<script>alert(2)</script>');
    const long = await page.evaluate(() => {
      type Handle = { store: { getState(): { design: { blocks: { label?: string }[] } } } };
      const s = (window as unknown as { __stackSandbox: Handle }).__stackSandbox;
      return s.store.getState().design.blocks[2]?.label?.length;
    });
    expect(long).toBe(200);
    // Nothing became markup: no image was requested, no link made of the label.
    expect(await page.locator('.react-flow img, .react-flow a[href^="javascript"]').count()).toBe(
      0,
    );
  } finally {
    await rm(path, { force: true });
  }
});

test('the Content-Security-Policy blocks any script the app did not ship', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  // The blocked script was reported (which, anywhere else, fails the test)…
  await expect.poll(() => problems.some((p) => p.startsWith('CSP violation'))).toBe(true);
  // …and, once it was, it is certain it never ran (an inline script runs as it is appended).
  const ran = await page.evaluate(
    () => (window as unknown as { __injected?: boolean }).__injected ?? false,
  );
  expect(ran).toBe(false);
  expectProblem(problems, /CSP violation|Content Security Policy/);
});

/** Pastes `text` onto the page as the browser would from the system clipboard. */
async function pasteText(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test('pasting a design’s text opens it; pasting anything else pastes the copied blocks', async ({
  page,
}) => {
  await page.goto('/');
  await addBlock(page, 'x86 server');
  await expectSaved(page);
  await pasteText(
    page,
    `Here is my lab:\n${design('Pasted lab', [{ id: 'a', kind: 'hardware', variant: 'arm-server' }])}`,
  );
  // Text around the design is not a design: nothing opens, and nothing is pasted either.
  expect(await openBlocks(page)).toEqual(['x86-server']);

  await pasteText(
    page,
    design('Pasted lab', [{ id: 'a', kind: 'hardware', variant: 'x86-server' }]),
  );
  await expect.poll(() => openDesignName(page)).toBe('Pasted lab');
  await expect(page.getByRole('status').filter({ hasText: 'from the pasted text' })).toBeVisible();

  await pasteText(page, '{"format": "stack-sandbox", "blocks": [');
  await expect(page.getByRole('alert')).toContainText('Could not open the pasted text');
  expect(await openDesignName(page)).toBe('Pasted lab');
});

test('Ctrl+C and Ctrl+V copy a block with its stack', async ({ page }) => {
  await page.goto('/');
  await addBlock(page, 'x86 server');
  await addBlock(page, 'Ubuntu Server');
  await page.locator('.react-flow__node').filter({ hasText: 'Ubuntu Server' }).click();
  await page.keyboard.press('Control+C');
  await page.locator('.react-flow__node').filter({ hasText: 'x86 server' }).click();
  await page.keyboard.press('Control+V');
  await expect.poll(() => openBlocks(page)).toEqual(['x86-server', 'ubuntu', 'ubuntu']);
});
