import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function tabTo(page: Page, matches: () => Promise<boolean>, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await matches()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `never reached the element by Tab (focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))})`,
  );
}

/** Search the palette, Tab to the first match, press Enter: adds it onto the selected block. */
async function addByKeyboard(page: Page, query: string) {
  const search = page.getByRole('searchbox', { name: 'Search blocks' });
  await tabTo(page, async () => search.evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Control+a');
  await page.keyboard.type(query);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

test('the same stack, built with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await addByKeyboard(page, 'x86 server');
  await addByKeyboard(page, 'ubuntu');
  await addByKeyboard(page, 'docker engine');
  await addByKeyboard(page, 'bookworm');
  await addByKeyboard(page, 'web app');
  const announcer = page.getByTestId('announcer');
  await expect(announcer).toHaveText('Added Web app onto debian:bookworm-slim. No problems.');

  // Into the canvas: it is one Tab stop, at the selected block; arrows walk the stack.
  await tabTo(page, async () => (await focusedName(page)).startsWith('Web app'));
  expect(await focusedName(page)).toBe('Web app, App, app in a container, no problems');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect
    .poll(() => focusedName(page))
    .toBe('x86 server, Hardware, physical machine, no problems');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await expect
    .poll(() => focusedName(page))
    .toBe('debian:bookworm-slim, Bins/Libs, image layer (in a container), no problems');

  // Back to the palette for the second app on the same library: the savings appear.
  await addByKeyboard(page, 'api service');
  await expect(page.getByRole('region', { name: 'Shared-library savings' })).toContainText(
    'saved 15 MiB (50 %)',
  );

  // Re-host by keyboard: M opens "Move onto…", listing legal hosts first.
  await page.keyboard.press('m');
  const dialog = page.getByRole('dialog', { name: 'Move API service onto…' });
  await expect(dialog).toBeVisible();
  await tabTo(page, async () =>
    (await page.evaluate(() => document.activeElement?.textContent ?? '')).includes(
      'Ubuntu Server',
    ),
  );
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(announcer).toHaveText('Moved API service onto Ubuntu Server. No problems.');
  await expect(page.getByRole('region', { name: 'Shared-library savings' })).toContainText(
    'saved 0 MiB',
  );

  // Delete asks what to do with what sits on the block; undo brings everything back.
  await tabTo(page, async () => (await focusedName(page)).startsWith('API service'));
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedName(page)).toMatch(/^Ubuntu Server/);
  await page.keyboard.press('Delete');
  const ask = page.getByRole('dialog', { name: 'Delete Ubuntu Server?' });
  await expect(ask).toBeVisible();
  await page
    .getByRole('button', { name: 'Delete Ubuntu Server and everything on it' })
    .press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
});

test('Guided mode refuses an illegal drop with the reason, and changes nothing', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByText('Guided', { exact: true }).click();
  await page.getByRole('button', { name: 'Templates ▾' }).click();
  await page.getByRole('menuitem', { name: /figure 1.2/ }).click();
  await page.locator('.react-flow__node[data-id="host"]').click();
  await page.getByRole('button', { name: /^VMware ESXi/ }).press('Enter');
  const refusal = page.getByRole('group', { name: /Not allowed in Guided mode/ });
  await expect(refusal).toContainText('VMware ESXi is a type 1 (bare-metal) hypervisor');
  await expect(refusal).toContainText('Instead: Move VMware ESXi straight onto the hardware');
  await expect(page.locator('.react-flow__node')).toHaveCount(8);
  await expect(page.getByRole('link', { name: /errors?, \d+ warnings?$/ })).toHaveAccessibleName(
    '0 errors, 0 warnings',
  );
  await refusal.getByRole('button', { name: 'OK' }).click();
  await expect(refusal).toBeHidden();
});
