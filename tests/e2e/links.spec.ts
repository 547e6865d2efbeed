import type { Page } from '@playwright/test';
import { expect, openTemplate, test } from './fixtures';
import {
  addBlock,
  expectSaved,
  openBlocks,
  openDesignName,
  saveStatus,
  storedNames,
} from './storage';

/** Opens File ▸ Share a link… and reads one of the two links, with what the dialog says of it. */
async function shareLink(page: Page, which: 'edit' | 'view') {
  await page.getByRole('button', { name: 'File ▾' }).click();
  await page.getByRole('menuitem', { name: /^Share a link/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Share a link' });
  const field = dialog.getByRole('textbox', {
    name: which === 'edit' ? 'Link to an editable copy' : /^View-only link/,
  });
  const url = await field.inputValue();
  const says = await field.locator('xpath=../following-sibling::p').innerText();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { url, says };
}

test('a share link carries the design; opening it asks first and keeps the student’s own', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.2/);
  const sent = await openBlocks(page);
  const { url, says } = await shareLink(page, 'edit');
  expect(url).toMatch(/#d1\./);
  expect(says).toMatch(/^[\d,]+ characters — short enough for any chat or e-mail\./);

  // A classmate with a design of their own opens it.
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('textbox', { name: 'Design name' }).fill('My own lab');
  await other.getByRole('textbox', { name: 'Design name' }).press('Enter');
  await addBlock(other, 'x86 server');
  await expectSaved(other);
  await other.goto(url);
  const ask = other.getByRole('dialog', { name: 'Open the shared design?' });
  await expect(ask).toContainText('Your design “My own lab” stays in My designs either way.');
  await ask.getByRole('button', { name: 'Open it' }).click();
  expect(await openBlocks(other)).toEqual(sent);
  // The design left the address bar, and both designs are kept.
  expect(new URL(other.url()).hash).toBe('');
  await expectSaved(other);
  expect(await storedNames(other)).toContain('My own lab');
});

test('a link opened over an empty canvas opens at once, even pasted into an open tab', async ({
  page,
}) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.1/);
  const sent = await openBlocks(page);
  const { url } = await shareLink(page, 'edit');
  await page.getByRole('button', { name: 'File ▾' }).click();
  await page.getByRole('menuitem', { name: /^New empty design/ }).click();
  expect(await openBlocks(page)).toEqual([]);
  await page.evaluate((hash) => (location.hash = hash), new URL(url).hash);
  await expect.poll(() => openBlocks(page)).toEqual(sent);
});

test('a view-only link shows the design to a class; a copy makes it editable', async ({ page }) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.2/);
  const name = await openDesignName(page);
  const { url } = await shareLink(page, 'view');
  expect(url).toMatch(/#v1\./);

  await page.goto(url);
  await page
    .getByRole('dialog', { name: 'Open the shared design?' })
    .getByRole('button', { name: 'Open it (view only)' })
    .click();
  await expect(saveStatus(page)).toHaveText('View only');
  await expect(page.getByText('You are viewing a shared design')).toBeVisible();
  const before = await openBlocks(page);
  await addBlock(page, 'x86 server');
  await expect(page.getByText('View only: make an editable copy to add blocks.')).toBeVisible();
  expect(await openBlocks(page)).toEqual(before);

  await page.getByRole('button', { name: 'Make an editable copy' }).click();
  await addBlock(page, 'x86 server');
  expect(await openBlocks(page)).toEqual([...before, 'x86-server']);
  await expectSaved(page);
  expect((await storedNames(page)).filter((n) => n === name)).toHaveLength(2);
});

test('a damaged link says so and changes nothing', async ({ page }) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.2/);
  const { url } = await shareLink(page, 'edit');
  const before = await openBlocks(page);
  const cut = url.slice(0, url.length - 10);
  const hash = new URL(url).hash;
  const middle = hash.length >> 1;
  const changed = `${hash.slice(0, middle)}${hash[middle] === 'A' ? 'B' : 'A'}${hash.slice(middle + 1)}`;

  for (const damaged of [cut, new URL(changed, url).href]) {
    await page.goto(damaged);
    const alert = page.getByRole('alert').filter({ hasText: 'This link is damaged' });
    await expect(alert).toBeVisible();
    expect(await openBlocks(page)).toEqual(before);
    await alert.getByRole('button', { name: 'Dismiss this message' }).click();
  }
});
