import { readFile } from 'node:fs/promises';
import { BUILT_IN_EXERCISES } from '../../src/engine/exercise/builtInExercises';
import { gradesCsv } from '../../src/engine/exercise/grade';
import { block, chooseFromMenu, dragBlock, expect, test, topOf } from './fixtures';
import type { Page } from '@playwright/test';
import {
  addDebianLayer,
  expectTileAgrees,
  GLIBC,
  joinByLink,
  liveStatus,
  startClass,
  tile,
  whatStudentSees,
} from './live';
import { classServer } from './liveServer';

// A live class with a real class server process (`npm start`: the built app and the sync
// endpoint on one port), a teacher and students each in a browser of their own.

const server = classServer(Number(process.env.LIVE_E2E_PORT ?? 4311));
test.use({ baseURL: server.url });
test.beforeAll(() => server.start());
test.afterAll(() => server.stop());

test('a teacher runs a class of three: join, build, help, pause, hints, projector, end and grades', async ({
  page,
  browser,
}) => {
  const code = await startClass(page);
  await expect(page.getByRole('img', { name: /^QR code for .*\?join=/ })).toBeVisible();
  await expect(page.locator('.live-link')).toHaveText(`${server.url}/?join=${code}`);

  // Three students: two by the link, one types the code into the Exercises menu.
  const ana = await joinByLink(browser, server.url, code, 'Ana');
  const ben = await joinByLink(browser, server.url, code, 'Ben');
  const cam = await (await browser.newContext()).newPage();
  await cam.goto(server.url);
  await chooseFromMenu(cam, 'Exercises', /Join a live class/);
  const join = cam.getByRole('dialog', { name: 'Join a class' });
  await join
    .getByRole('textbox', { name: 'Class code' })
    .fill(code.toLowerCase().replace('-', ' '));
  await join.getByRole('textbox', { name: 'Your name' }).fill('Cam');
  await join.getByRole('button', { name: 'Join' }).click();
  await expect(liveStatus(cam)).toContainText(`${code} · Live`);

  // Each student has the exercise open, with its start design and checklist; the teacher's
  // tiles say the same as each student's own screen.
  const start = await whatStudentSees(ana.page);
  for (const p of [ben.page, cam]) expect(await whatStudentSees(p)).toBe(start);
  await page.getByRole('button', { name: 'To the dashboard' }).click();
  for (const [name, p] of [
    ['Ana', ana.page],
    ['Ben', ben.page],
    ['Cam', cam],
  ] as const)
    await expectTileAgrees(page, name, p);
  // The misconception radar: every student's Cache is a glibc app on musl.
  await expect(page.getByRole('list', { name: 'Most broken rules' })).toContainText('3 students');

  // Ana fixes it; the dashboard follows.
  await addDebianLayer(ana.page);
  await dragBlock(
    ana.page,
    block(ana.page, 'Cache'),
    await topOf(block(ana.page, 'debian:bookworm-slim')),
  );
  await expect(tile(page, 'Ana')).not.toHaveAccessibleName(`Ana: ${start}`);
  await expectTileAgrees(page, 'Ana', ana.page);

  // Ben asks for help.
  await ben.page.getByRole('button', { name: 'Raise hand' }).click();
  await expect(tile(page, 'Ben')).toHaveAccessibleName(/hand raised$/);

  // Eyes on the teacher: every student's editor locks, then comes back.
  await page.getByRole('button', { name: 'Pause: eyes on me' }).click();
  for (const p of [ana.page, ben.page, cam])
    await expect(p.getByRole('alertdialog', { name: 'Eyes on the teacher' })).toBeVisible();
  await page.getByRole('button', { name: 'Resume the class' }).click();
  for (const p of [ana.page, ben.page, cam])
    await expect(p.getByRole('alertdialog', { name: 'Eyes on the teacher' })).toBeHidden();

  // A hint to everyone, and one to Ben only.
  const hintAll = page.getByRole('textbox', { name: 'Hint for everyone' });
  await hintAll.fill('Which C library does the Cache need?');
  await hintAll.press('Enter');
  for (const p of [ana.page, ben.page, cam])
    await expect(p.getByRole('region', { name: 'Hints from your teacher' })).toContainText(
      'Hint for the class: Which C library does the Cache need?',
    );
  await tile(page, 'Ben').click();
  await page.getByRole('textbox', { name: 'Hint for Ben' }).fill('Try a Debian layer.');
  await page.getByRole('button', { name: 'Send hint' }).click();
  await expect(ben.page.getByRole('region', { name: 'Hints from your teacher' })).toContainText(
    'Hint for you: Try a Debian layer.',
  );
  await expect(cam.getByRole('region', { name: 'Hints from your teacher' })).not.toContainText(
    'Debian',
  );

  // Ana's design on the projector, without her name.
  await page.getByRole('button', { name: '← All students' }).click();
  await tile(page, 'Ana').click();
  await page.getByRole('button', { name: 'Show on the projector' }).click();
  const projector = page.getByRole('region', { name: 'On the projector' });
  await expect(projector.getByRole('heading', { name: 'A design from the class' })).toBeVisible();
  await expect(projector).not.toContainText('Ana');
  await expect(cam.getByRole('region', { name: 'On the projector' })).toBeVisible();
  await projector.getByRole('button', { name: 'Stop showing' }).click();
  await expect(cam.getByRole('region', { name: 'On the projector' })).toBeHidden();
  await page.getByRole('button', { name: '← All students' }).click();

  // The end: students keep their designs; the grades are the grader's own columns.
  await page.getByRole('button', { name: 'End the class' }).click();
  await page.getByRole('button', { name: 'End it' }).click();
  for (const p of [ana.page, ben.page, cam])
    await expect(p.getByRole('alert')).toContainText('The class has ended');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Grades (CSV)' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const exercise = BUILT_IN_EXERCISES.find((e) => e.title === GLIBC)!;
  const header = gradesCsv(exercise, []).trim();
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe(header);
  // Each student's goals met, as their own checklist counts them.
  const met = async (p: Page) => /^(\d+) of (\d+)/.exec(await whatStudentSees(p))!.slice(1);
  expect(
    lines.slice(1).map((l) => l.split(',').slice(0, 1).concat(l.split(',').slice(-3, -1))),
  ).toEqual([
    ['Ana.stack-sandbox.json', ...(await met(ana.page))],
    ['Ben.stack-sandbox.json', ...(await met(ben.page))],
    ['Cam.stack-sandbox.json', ...(await met(cam))],
  ]);
  expect([...ana.errors, ...ben.errors]).toEqual([]);
});
