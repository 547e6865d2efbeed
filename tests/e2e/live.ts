import type { Browser, Page } from '@playwright/test';
import { block, chooseFromMenu, expect } from './fixtures';

// Steps of a live class that the browser tests share.

export const GLIBC = '8. A glibc app on Alpine';

/** The teacher starts a class on an exercise; returns its code as shown ("K7P-4QX"). */
export async function startClass(page: Page, exercise = GLIBC): Promise<string> {
  await page.goto('/');
  await chooseFromMenu(page, 'Exercises', /Start a live class/);
  const dialog = page.getByRole('dialog', { name: 'Start a live class' });
  await dialog.getByRole('combobox', { name: 'Exercise' }).selectOption({ label: exercise });
  await dialog.getByRole('button', { name: 'Start the class' }).click();
  const code = (await page.locator('.live-code').textContent())!;
  expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
  return code;
}

/** A student in a browser of their own opens the join link and types their name. */
export async function joinByLink(browser: Browser, base: string, code: string, name: string) {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}/?join=${code}`);
  const dialog = page.getByRole('dialog', { name: 'Join a class' });
  await expect(dialog.getByRole('textbox', { name: 'Class code' })).toHaveValue(code);
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(liveStatus(page)).toContainText(`${code} · Live`);
  return { page, errors };
}

export const liveStatus = (page: Page) => page.locator('[data-live-status]');
export const tile = (page: Page, name: string) =>
  page
    .getByRole('list', { name: 'Students' })
    .getByRole('button', { name: new RegExp(`^${name}:`) });

/** A quick real edit: put a Debian layer on the Docker Engine (keyboard, from the palette). */
export async function addDebianLayer(page: Page) {
  await block(page, 'Docker Engine').click();
  await page.getByRole('button', { name: /^debian:bookworm-slim/ }).press('Enter');
  await expect(block(page, 'debian:bookworm-slim')).toBeVisible();
}

/**
 * What a student's own screen says about their design: "3 of 4 goals, 0 errors, 1 warning"
 * (the exercise panel and the top bar's problem count).
 */
export async function whatStudentSees(page: Page): Promise<string> {
  const panel = page.getByRole('region', { name: 'Exercise' });
  await expect(panel).toContainText(/\d+ of \d+ goals met/);
  const goals = /(\d+ of \d+) goals met/.exec(await panel.innerText())![1];
  const counts = await page.locator('.problem-count').innerText();
  const [, errors, warnings] = /(\d+ errors?), .*?(\d+ warnings?)/.exec(counts)!;
  return `${goals} goals, ${errors}, ${warnings}`;
}

/** The teacher's tile for a student says what the student's own screen says (the same engine). */
export async function expectTileAgrees(teacher: Page, name: string, student: Page) {
  await expect
    .poll(async () => {
      const label = (await tile(teacher, name).getAttribute('aria-label')) ?? '';
      return label.replace(/, hand raised$/, '') === `${name}: ${await whatStudentSees(student)}`;
    })
    .toBe(true);
}
