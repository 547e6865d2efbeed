import type { BrowserContext, Page } from '@playwright/test';
import { expect, openTemplate, test } from './fixtures';
import {
  addBlock,
  expectSaved,
  openBlocks,
  openDesignName,
  renameDesign,
  saveStatus,
  storedNames,
} from './storage';

/** Saves at once, as leaving the tab would (so the test does not race the autosave's delay). */
const saveNow = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __stackDocuments: { saveNow(): void } }).__stackDocuments.saveNow(),
  );

/** Two tabs of one browser on the same saved design, "Shared lab". */
async function twoTabs(context: BrowserContext) {
  const a = await context.newPage();
  await a.goto('/');
  await renameDesign(a, 'Shared lab');
  await expectSaved(a);
  const b = await context.newPage();
  await b.goto('/');
  expect(await openDesignName(b)).toBe('Shared lab');
  return { a, b };
}

/** B starts an edit; before B's autosave runs, A saves a change of its own. */
async function editBoth(a: Page, b: Page) {
  // B's clock stands still while A saves, so B's autosave cannot run first on a slow machine;
  // then B's time flows again and its autosave meets A's save.
  await b.clock.install();
  await b.clock.pauseAt(Date.now() + 1_000);
  await renameDesign(b, 'Edited in B');
  await expect(saveStatus(b)).not.toHaveText('✔ Saved');
  await renameDesign(a, 'Edited in A');
  await saveNow(a);
  await b.clock.resume();
}

test.describe('two tabs on the same design', () => {
  test('a tab with nothing unsaved follows the other tab’s changes', async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await addBlock(a, 'x86 server');
    await expectSaved(a);
    await expect.poll(() => openBlocks(b)).toEqual(['x86-server']);
    await expectSaved(b);
  });

  test('both editing: neither overwrites the other; the student chooses', async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await editBoth(a, b);
    await expect(saveStatus(b)).toHaveText('✖ Changed in another tab');
    const banner = b.getByRole('alert').filter({ hasText: 'changed in another tab' });
    await expect(banner).toContainText('Nothing has been overwritten.');
    // B's autosave has run (that is how it found the conflict), and A's save is still there.
    expect(await storedNames(b)).toEqual(['Edited in A']);

    await banner.getByRole('button', { name: 'Keep mine as a new design' }).click();
    await expectSaved(b);
    expect(await openDesignName(b)).toBe('Edited in B');
    expect(await storedNames(b)).toEqual(['Edited in A', 'Edited in B']);
    expect(await openDesignName(a)).toBe('Edited in A');
  });

  test('or takes the other tab’s version', async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await editBoth(a, b);
    await b.getByRole('button', { name: 'Use the other tab’s version' }).click();
    expect(await openDesignName(b)).toBe('Edited in A');
    await expectSaved(b);
    expect(await storedNames(b)).toEqual(['Edited in A']);
  });
});

test.describe('the tab in conflict never throws its work away', () => {
  test('opening a template keeps its version as a copy, and says so truthfully', async ({
    context,
  }) => {
    const { a, b } = await twoTabs(context);
    await editBoth(a, b);
    await expect(saveStatus(b)).toHaveText('✖ Changed in another tab');
    await openTemplate(b, /figure 1\.1/);
    await expect(
      b.getByRole('status').filter({ hasText: 'could not be saved in place' }),
    ).toContainText('kept in My designs as “\u2068Edited in B (my version)\u2069”');
    // Never the false comfort of "your previous design is in My designs".
    await expect(b.getByText('Your previous design is in My designs')).toHaveCount(0);
    await expectSaved(b);
    expect(await storedNames(b)).toEqual([
      'Edited in A',
      'Edited in B (my version)',
      'Virtual machines (Using Docker, figure 1.1)',
    ]);
  });

  test('closing it keeps its version, and the next visit opens on it', async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await editBoth(a, b);
    await expect(saveStatus(b)).toHaveText('✖ Changed in another tab');
    await b.close();
    expect(await storedNames(a)).toEqual(['Edited in A', 'Edited in B (my version)']);
    const again = await context.newPage();
    await again.goto('/');
    expect(await openDesignName(again)).toBe('Edited in B (my version)');
  });

  test('reloading it asks first; if the student goes on, its version is kept', async ({
    context,
    problems,
  }) => {
    const { a, b } = await twoTabs(context);
    await editBoth(a, b);
    await expect(saveStatus(b)).toHaveText('✖ Changed in another tab');
    // The page asks before it goes ("Leave site? Changes you made may not be saved"): here the
    // student goes anyway. Any other dialog still fails the test.
    context.removeAllListeners('dialog');
    const asked: string[] = [];
    context.on('dialog', (d) => {
      if (d.type() === 'beforeunload') {
        asked.push(d.type());
        void d.accept();
      } else {
        problems.push(`unexpected dialog: ${d.message()}`);
        void d.dismiss();
      }
    });
    await b.reload();
    expect(asked).toEqual(['beforeunload']);
    expect(await openDesignName(b)).toBe('Edited in B (my version)');
    expect(await storedNames(b)).toEqual(['Edited in A', 'Edited in B (my version)']);
  });

  test('a tab with everything saved never asks before it goes', async ({ page, problems }) => {
    await page.goto('/');
    await addBlock(page, 'x86 server');
    await renameDesign(page, 'All saved');
    // Closed without waiting for the autosave: the save is flushed, nothing is left to ask about.
    await page.close({ runBeforeUnload: true });
    expect(problems).toEqual([]);
  });
});

test('My designs: one per exercise — open, rename, duplicate, delete and undo', async ({
  page,
}) => {
  await page.goto('/');
  await renameDesign(page, 'Exercise 1');
  await addBlock(page, 'x86 server');
  await expectSaved(page);
  await openTemplate(page, /figure 1\.1/);
  await expectSaved(page);

  const menu = async () => {
    await page.getByRole('button', { name: 'File ▾' }).click();
    await page.getByRole('menuitem', { name: /^My designs/ }).click();
    return page.getByRole('dialog', { name: 'My designs' });
  };
  let dialog = await menu();
  const rows = dialog.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('open now');

  await dialog.getByRole('button', { name: 'Rename Exercise 1' }).click();
  await dialog.getByRole('textbox', { name: 'New name for Exercise 1' }).fill('Exercise 1 (VMs)');
  await dialog.getByRole('textbox', { name: 'New name for Exercise 1' }).press('Enter');
  await dialog.getByRole('button', { name: 'Duplicate Exercise 1 (VMs)' }).click();
  // The copy joins the list; the student stays on the design they had open.
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Exercise 1 (VMs) (copy)' })).toHaveCount(1);
  expect(await openDesignName(page)).toBe('Virtual machines (Using Docker, figure 1.1)');

  await dialog.getByRole('button', { name: 'Delete Exercise 1 (VMs)', exact: true }).click();
  await expect(rows).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page
    .getByRole('status')
    // The name is the student's text: isolated (U+2068 … U+2069) inside the sentence.
    .filter({ hasText: 'Deleted “\u2068Exercise 1 (VMs)\u2069”' })
    .getByRole('button', { name: 'Undo' })
    .click();
  expect((await storedNames(page)).filter((n) => n.startsWith('Exercise 1'))).toEqual([
    'Exercise 1 (VMs)',
    'Exercise 1 (VMs) (copy)',
  ]);

  dialog = await menu();
  await dialog
    .getByRole('listitem')
    .filter({ hasText: /^Exercise 1 \(VMs\) ·/ })
    .getByRole('button', { name: 'Open' })
    .click();
  expect(await openDesignName(page)).toBe('Exercise 1 (VMs)');
  expect(await openBlocks(page)).toEqual(['x86-server']);
});
