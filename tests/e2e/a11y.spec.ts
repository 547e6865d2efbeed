import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chooseFromMenu, expect, openTemplate, test } from './fixtures';

const TEMPLATES = [/figure 1.1/, /figure 1.2/, /broken stack/, /Docker on a Mac/];

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`),
  ).toEqual([]);
}

for (const name of TEMPLATES) {
  test(`no serious or critical accessibility violations: ${name.source}`, async ({ page }) => {
    await page.goto('/');
    await openTemplate(page, name);
    await page.locator('.react-flow__node').first().click();
    await expectNoSeriousViolations(page);
  });
}

test('none in the projector theme with a dialog open', async ({ page }) => {
  await page.goto('/');
  await openTemplate(page, /figure 1.2/);
  await chooseFromMenu(page, 'Present', /^Projector theme/);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expectNoSeriousViolations(page);
});

test('none in My designs, with a message banner showing', async ({ page }) => {
  await page.goto('/');
  await openTemplate(page, /figure 1.1/);
  await openTemplate(page, /figure 1.2/);
  await expect(page.getByRole('status').filter({ hasText: 'Opened the template' })).toBeVisible();
  await chooseFromMenu(page, 'File', /^My designs/);
  await expect(page.getByRole('dialog', { name: 'My designs' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('none in the Share dialog, nor on a view-only design', async ({ page }) => {
  await page.goto('/');
  await openTemplate(page, /figure 1.2/);
  await chooseFromMenu(page, 'File', /^Share a link/);
  const view = page.getByRole('textbox', { name: /^View-only link/ });
  await expect(view).toHaveValue(/#v1\./);
  await expectNoSeriousViolations(page);
  const url = await view.inputValue();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.goto(url);
  await page.getByRole('button', { name: 'Open it (view only)' }).click();
  await expect(page.getByText('You are viewing a shared design')).toBeVisible();
  await chooseFromMenu(page, 'Present', /^Projector theme/);
  await expectNoSeriousViolations(page);
});

test('none in an exercise, the compare view and the glossary, in the projector theme', async ({
  page,
}) => {
  await page.goto('/');
  await chooseFromMenu(page, 'Present', /^Projector theme/);
  await page.getByRole('button', { name: 'Exercises ▾' }).click();
  await page.getByRole('menuitem', { name: /Find the four mistakes/ }).click();
  await expect(page.getByRole('region', { name: 'Exercise' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await openTemplate(page, /figure 1.1/);
  await chooseFromMenu(page, 'Present', /^Compare/);
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Close' }).click();
  await chooseFromMenu(page, 'Present', /^Glossary/);
  await expectNoSeriousViolations(page);
});

test('none in the hand-in, teacher and exercise-editing dialogs', async ({ page }) => {
  await page.goto('/');
  await chooseFromMenu(page, 'Exercises', /Rebuild the container figure/);
  await page.getByRole('button', { name: 'Hand in…' }).click();
  await expect(page.getByRole('dialog', { name: 'Hand in your work' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');
  await chooseFromMenu(page, 'Exercises', /^For teachers/);
  const desk = page.getByRole('dialog', { name: 'Exercises for teachers' });
  await desk.getByRole('button', { name: 'Make a student link' }).click();
  await expect(desk.getByRole('textbox', { name: /^Student link/ })).toBeVisible();
  await expectNoSeriousViolations(page);
  await desk.getByRole('button', { name: 'Edit a copy…' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit the exercise' })).toBeVisible();
  await expectNoSeriousViolations(page);
});
