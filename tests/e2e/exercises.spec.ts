import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { block, chooseFromMenu, dragBlock, expect, openTemplate, test, topOf } from './fixtures';
import { expectSaved, openBlocks } from './storage';

const panel = (page: Page) => page.getByRole('region', { name: 'Exercise' });
const goal = (page: Page, text: RegExp) =>
  panel(page).getByRole('listitem').filter({ hasText: text });

test('a student completes an exercise: the checklist follows every change', async ({ page }) => {
  await page.goto('/');
  await chooseFromMenu(page, 'Exercises', /A glibc app on Alpine/);
  // The glibc Cache on Alpine cannot start: an error, so it does not run, in a container or not.
  await expect(panel(page)).toContainText('0 of 4 goals met');
  await expect(goal(page, /Fixed: /)).toContainText('not yet');

  // Put a Debian layer on the engine, then move the Cache onto it.
  await block(page, 'Docker Engine').click();
  await page.getByRole('button', { name: /^debian:bookworm-slim/ }).press('Enter');
  await expect(block(page, 'debian:bookworm-slim')).toBeVisible();
  await dragBlock(page, block(page, 'Cache'), await topOf(block(page, 'debian:bookworm-slim')));

  await expect(panel(page)).toContainText('4 of 4 goals met');
  const done = panel(page).getByRole('status');
  await expect(done).toContainText('Exercise complete!');
  await expect(page.getByTestId('announcer')).toHaveText(
    'Exercise complete: every goal of “8. A glibc app on Alpine” is met.',
  );

  // Handing in: the design as a file, with who made it and for which exercise; the grader reads
  // exactly this.
  await panel(page).getByRole('button', { name: 'Hand in…' }).click();
  const handIn = page.getByRole('dialog', { name: 'Hand in your work' });
  await expect(handIn).toContainText('Every goal is met.');
  await handIn.getByRole('textbox', { name: 'What is your name?' }).fill('Ada');
  const download = page.waitForEvent('download');
  await handIn.getByRole('button', { name: 'Download my hand-in' }).click();
  expect((await download).suggestedFilename()).toBe('ada--glibc-on-alpine.stack-sandbox.json');
  const handedIn = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    author: string;
    exercise: string;
    blocks: { variant: string }[];
  };
  expect(handedIn).toMatchObject({ author: 'Ada', exercise: 'glibc-on-alpine' });
  expect(handedIn.blocks.map((b) => b.variant)).toContain('debian-slim');
  await handIn.getByRole('button', { name: 'Done' }).click();

  // The exercise stays with the design: it is back after a reload.
  await expectSaved(page);
  await page.reload();
  await expect(panel(page)).toContainText('4 of 4 goals met');
});

test('goals explain themselves after a try, with a hint', async ({ page }) => {
  await page.goto('/');
  await chooseFromMenu(page, 'Exercises', /Find the four mistakes/);
  const noErrors = goal(page, /No errors/);
  // Before any change: the brief first, no explanations yet.
  await expect(noErrors.getByText('Hint')).toHaveCount(0);
  await block(page, 'Dev VM').click();
  await page.getByRole('button', { name: /^Ubuntu Server/ }).press('Enter');
  await expect(noErrors).toContainText('errors left. First:');
  await noErrors.getByText('Hint').click();
  await expect(noErrors).toContainText('Open Problems');
});

test('a teacher makes an exercise and shares it; a student in another browser completes it', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.2/);
  await chooseFromMenu(page, 'Exercises', /Make an exercise/);
  const dialog = page.getByRole('dialog', { name: 'Make an exercise from this design' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Share everything');
  await dialog
    .getByRole('textbox', { name: 'Brief for the students' })
    .fill('Make all three apps share one library layer.');
  await dialog
    .getByRole('group', { name: 'Students start from' })
    .getByRole('radio', { name: /the design on the canvas/ })
    .check();
  await dialog.getByRole('combobox', { name: 'Add a goal' }).selectOption('sharing-at-least');
  await dialog.getByRole('button', { name: 'Add goal' }).click();
  const sharing = dialog.getByRole('listitem', { name: /^Goal 3: Shared libraries save/ });
  await sharing.getByRole('spinbutton', { name: 'At least (%)' }).fill('60');
  await expect(sharing).toContainText('the model answer does not meet it');
  await dialog.getByRole('button', { name: 'Make a student link' }).click();
  const link = dialog.getByRole('textbox', { name: /^Student link/ });
  await expect(link).toHaveValue(/#e1\./);
  await expect(dialog).toContainText('short enough for any chat');
  const url = await link.inputValue();

  // A student, in a browser of their own, opens the link.
  const student = await (await browser.newContext()).newPage();
  await student.goto(url);
  await expect(panel(student)).toContainText('Share everything');
  await expect(panel(student)).toContainText('Make all three apps share one library layer.');
  await expect(panel(student)).toContainText('2 of 3 goals met');
  await dragBlock(
    student,
    block(student, 'App X'),
    await topOf(block(student, 'Bins/Libs (shared)')),
  );
  await expect(panel(student)).toContainText('3 of 3 goals met');
  await expect(panel(student).getByRole('status')).toContainText('Exercise complete!');
  expect(await openBlocks(student)).toHaveLength(8);
  await student.context().close();
});
