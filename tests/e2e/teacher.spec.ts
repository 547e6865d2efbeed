import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { decodeShareLink } from '../../src/engine/link/shareLink';
import { chooseFromMenu, expect, test } from './fixtures';
import { addBlock } from './storage';

// A teacher's lesson with exercises: students hand in (stuck or not) with their names; the
// teacher exports a built-in with its answer key, edits it and sends students a link without the
// answer; worksheets and answer keys print on paper in place of the app.

const panel = (page: Page) => page.getByRole('region', { name: 'Exercise' });

async function json(download: Download): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
}

/** File ▸ Open a file…, choosing `path` in the browser's file picker. */
async function openFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await chooseFromMenu(page, 'File', /^Open a file/);
  await (await chooser).setFiles(path);
}

test('a stuck student hands in: asked their name once, the file names them and the exercise', async ({
  page,
}) => {
  await page.goto('/');
  await chooseFromMenu(page, 'Exercises', /Rebuild the virtual-machine figure/);
  // A machine and an OS, then stuck: far from done, and handing in all the same.
  await addBlock(page, 'x86 server');
  await addBlock(page, 'Ubuntu Server');
  await expect(panel(page)).not.toContainText('Exercise complete');
  await panel(page).getByRole('button', { name: 'Hand in…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Hand in your work' });
  await expect(dialog).toContainText(/\d of 6 goals are met so far\. That is fine: hand in what/);
  const name = dialog.getByRole('textbox', { name: 'What is your name?' });
  await expect(name).toBeFocused();
  await name.fill('Ada Lovelace');
  const download = page.waitForEvent('download');
  await name.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe('ada-lovelace--vm-figure.stack-sandbox.json');
  const handedIn = await json(file);
  expect(handedIn).toMatchObject({ author: 'Ada Lovelace', exercise: 'vm-figure', version: 2 });
  expect((handedIn.blocks as { variant: string }[]).map((b) => b.variant)).toEqual([
    'x86-server',
    'ubuntu',
  ]);
  await expect(dialog.getByRole('status')).toContainText('Give this file to your teacher.');
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Next time, the name is there already, and can be changed.
  await page.reload();
  await panel(page).getByRole('button', { name: 'Hand in…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Your name' })).toHaveValue('Ada Lovelace');
});

test('a teacher exports a built-in with its answer key, edits it, and sends students a link without the answer', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await chooseFromMenu(page, 'Exercises', /^For teachers/);
  const desk = page.getByRole('dialog', { name: 'Exercises for teachers' });
  await desk.getByRole('combobox', { name: 'Exercise' }).selectOption('vm-figure');
  const download = page.waitForEvent('download');
  await desk
    .getByRole('region', { name: 'For you' })
    .getByRole('button', { name: 'Export with answer key' })
    .click();
  const keyed = await download;
  expect(keyed.suggestedFilename()).toBe('vm-figure.answer-key.exercise.json');
  expect(await json(keyed)).toMatchObject({
    id: 'vm-figure',
    teacher: { answer: { format: 'stack-sandbox' }, minutes: 8 },
  });
  await desk.getByRole('button', { name: 'Close' }).click();

  // Later: the teacher's own file, opened again, then edited.
  await openFile(page, await keyed.path());
  await expect(panel(page)).toContainText('1. Rebuild the virtual-machine figure');
  await chooseFromMenu(page, 'Exercises', /^Edit this exercise/);
  const editor = page.getByRole('dialog', { name: 'Edit the exercise' });
  await expect(editor.getByRole('radio', { name: /the one kept with the exercise/ })).toBeChecked();
  const goal = (n: number) => editor.getByRole('listitem', { name: new RegExp(`^Goal ${n}:`) });
  await goal(2)
    .getByRole('textbox', { name: /Hint for this goal/ })
    .fill('Three apps: A, B and C.');
  // A second goal of one type: at least one app called App A, beside "at least 3 apps".
  await editor.getByRole('combobox', { name: 'Add a goal' }).selectOption('apps');
  await editor.getByRole('button', { name: 'Add goal' }).click();
  await goal(7).getByRole('combobox', { name: 'Called' }).selectOption('App A');
  await goal(7).getByRole('spinbutton', { name: 'At least' }).fill('1');
  await expect(goal(7)).toContainText('the model answer meets it');
  await editor.getByRole('checkbox', { name: /^Guided mode/ }).check();
  await editor.getByRole('checkbox', { name: /^Lock Guided mode/ }).check();
  await editor.getByRole('button', { name: 'Make a student link' }).click();
  const url = await editor.getByRole('textbox', { name: /^Student link/ }).inputValue();

  // What the link carries: the edits, and no answer key or notes.
  const decoded = decodeShareLink(new URL(url).hash);
  if (!decoded.ok || decoded.kind !== 'exercise') throw new Error('not an exercise link');
  expect(decoded.exercise).toMatchObject({
    id: 'vm-figure-edited',
    mode: 'guided',
    lockMode: true,
  });
  expect(decoded.exercise.goals[1]).toMatchObject({
    type: 'apps',
    hint: 'Three apps: A, B and C.',
  });
  expect(decoded.exercise.goals[6]).toEqual({ type: 'apps', min: 1, app: 'App A' });
  expect(decoded.exercise.teacher).toBeUndefined();
  expect(url).not.toContain('teacher');

  // A student opens it: Guided mode, which stays on.
  const student = await (await browser.newContext()).newPage();
  await student.goto(url);
  await expect(panel(student)).toContainText('Your teacher keeps Guided mode on');
  const guided = student.getByRole('radio', { name: 'Guided' });
  await expect(guided).toBeChecked();
  await student.getByText('Free', { exact: true }).click();
  await expect(guided).toBeChecked();
  await student.context().close();
});

test('printing during an exercise gives the worksheet, not the app; the answer key from the teacher’s side', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await chooseFromMenu(page, 'Exercises', /Find the four mistakes/);
  // The browser's print dialog is the browser's: here the page is looked at as paper instead.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.emulateMedia({ media: 'print' });
  const worksheet = page.getByRole('article', { name: 'Worksheet: 3. Find the four mistakes' });
  await expect(worksheet).toBeVisible();
  await expect(worksheet.getByRole('listitem')).toHaveText([
    'No errors',
    'At least 3 apps running',
  ]);
  await expect(worksheet).toContainText('Name:');
  await expect(worksheet.getByRole('img', { name: /starting design/ })).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Exercise' })).toBeHidden();
  await testInfo.attach('worksheet', { body: await page.pdf(), contentType: 'application/pdf' });

  // On screen, the app as always, and no worksheet.
  await page.emulateMedia({ media: 'screen' });
  await expect(worksheet).toBeHidden();
  await expect(page.getByRole('region', { name: 'Exercise' })).toBeVisible();

  // The teacher prints the answer key of a built-in from the teacher's dialog.
  await chooseFromMenu(page, 'Exercises', /^For teachers/);
  const desk = page.getByRole('dialog', { name: 'Exercises for teachers' });
  await desk.getByRole('button', { name: 'Print answer key' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  const key = page.getByRole('article', { name: 'Answer key: 3. Find the four mistakes' });
  await expect(key).toBeVisible();
  await expect(key).toContainText('About 10 minutes.');
  await expect(key.getByRole('img', { name: /model answer/ })).toBeVisible();
  await expect(worksheet).toBeHidden();
  await expect(desk).toBeHidden();
  await testInfo.attach('answer key', { body: await page.pdf(), contentType: 'application/pdf' });
});
