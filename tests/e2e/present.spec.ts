import type { Page } from '@playwright/test';
import { chooseFromMenu, expect, openTemplate, test } from './fixtures';
import { openBlocks } from './storage';

const machines = (page: Page) => page.getByRole('region', { name: 'Costs' });

test('the build-up steps through a design from the hardware up, the costs following', async ({
  page,
}) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.1/);
  const all = await openBlocks(page);
  await chooseFromMenu(page, 'Present', /^Build up/);
  const bar = page.getByRole('group', { name: 'Build-up' });
  await expect(bar).toContainText('Step 1 of 6: Hardware');
  expect(await openBlocks(page)).toEqual(['x86-server']);
  // The palette steps aside; the costs stay.
  await expect(page.getByRole('region', { name: 'Blocks' })).toBeHidden();

  // A presentation clicker sends Page Down; the arrows work too.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 3 of 6: Hypervisor');
  expect(await openBlocks(page)).toEqual(['x86-server', 'ubuntu', 'virtualbox']);
  await page.keyboard.press('End');
  await expect(bar).toContainText('Step 6 of 6: App');
  await expect(machines(page)).toContainText('App A');
  await page.keyboard.press('ArrowLeft');
  await expect(machines(page)).not.toContainText('Cold start');

  // Nothing can be changed while it is on show, and nothing is saved half-built.
  await bar.getByRole('button', { name: 'End (Esc)' }).click();
  await expect(bar).toBeHidden();
  expect(await openBlocks(page)).toEqual(all);
  // The steps were not edits: there is nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('compare: the VMs of figure 1.1 turned into containers, side by side', async ({ page }) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.1/);
  await chooseFromMenu(page, 'Present', /^Compare/);
  const dialog = page.getByRole('dialog', { name: 'Compare: VMs and containers' });
  await expect(dialog.getByRole('img', { name: /^As virtual machines/ })).toBeVisible();
  await expect(dialog.getByRole('img', { name: /^As containers/ })).toBeVisible();
  const memory = dialog.getByRole('row', { name: /Memory used/ });
  await expect(memory).toContainText('7.4 GiB');
  await expect(memory).toContainText('× less');
  await expect(dialog.getByRole('row', { name: /Kernels the apps run on/ })).toContainText('3');
  await dialog.getByRole('button', { name: 'Open the container version' }).click();
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue(/— as containers$/);
  expect(await openBlocks(page)).toContain('docker');
  await expect(page.getByRole('link', { name: '0 errors, 0 warnings' })).toBeVisible();
});

test('the glossary opens at the word a block or a problem is about', async ({ page }) => {
  await page.goto('/');
  await openTemplate(page, /broken stack/);
  await page
    .getByRole('region', { name: 'Problems' })
    .getByRole('button', { name: 'Glossary' })
    .first()
    .click();
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary.locator('.is-wanted')).toBeVisible();
  await glossary.getByRole('button', { name: 'Close' }).click();
  await page.locator('.react-flow__node').filter({ hasText: 'Dev VM' }).click();
  await page.getByRole('button', { name: 'What is this?' }).click();
  await expect(glossary.locator('.is-wanted')).toContainText('Guest OS');
});
