import { chooseFromMenu, expect, openTemplate, test } from './fixtures';
import { joinByLink, liveStatus, startClass, tile } from './live';
import { classServer } from './liveServer';
import { expectTopBarOneRow } from './presenting';

// Two teachers in one class, and a student's top bar on a 1280 px laptop (issue 13), with a real
// class server process (`npm start`: the built app and the sync endpoint on one port).

const server = classServer(Number(process.env.LIVE_E2E_PORT_4 ?? 4316));
test.use({ baseURL: server.url });
test.beforeAll(() => server.start());
test.afterAll(() => server.stop());

test('a co-teacher opens the teacher link: the same class, the same dashboard, the same powers', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const code = await startClass(page);
  await page.getByRole('button', { name: 'Copy a co-teacher link' }).click();
  await expect(page.locator('.live-joincode [role="status"]')).toHaveText('Copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The key rides after the `#`, which a browser never sends to any server.
  expect(link).toMatch(new RegExp(`^${server.url}/\\?teach=${code}#key=[\\w-]{16,}$`));
  const key = link.split('#key=')[1]!;

  // The second teacher, in a browser of their own.
  const co = await (await browser.newContext()).newPage();
  const sent: string[] = [];
  co.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
  await co.goto(link);
  await expect(co.getByRole('region', { name: 'Class dashboard' })).toContainText(code);
  // The key leaves the address bar at once (no screenshot or history shows it), and no request
  // carries it (the sync socket sends it only to authenticate, inside the connection).
  await expect.poll(() => co.evaluate(() => location.href)).toBe(`${server.url}/?teach=${code}`);
  expect(sent.filter((s) => s.includes(key))).toEqual([]);

  // A student joins: both teachers see her, and her raised hand.
  const ana = await joinByLink(browser, server.url, code, 'Ana');
  await page.getByRole('button', { name: 'To the dashboard' }).click();
  for (const teacher of [page, co]) await expect(tile(teacher, 'Ana')).toBeVisible();
  await ana.page.getByRole('button', { name: 'Raise hand' }).click();
  for (const teacher of [page, co])
    await expect(tile(teacher, 'Ana')).toHaveAccessibleName(/hand raised$/);

  // The co-teacher pauses the class; the first teacher sees it paused and resumes it.
  await co.getByRole('button', { name: 'Pause: eyes on me' }).click();
  const eyes = ana.page.getByRole('alertdialog', { name: 'Eyes on the teacher' });
  await expect(eyes).toBeVisible();
  await page.getByRole('button', { name: 'Resume the class' }).click();
  await expect(eyes).toBeHidden();
  await expect(co.getByRole('button', { name: 'Pause: eyes on me' })).toBeVisible();

  // A hint from the co-teacher reaches the student.
  const hint = co.getByRole('textbox', { name: 'Hint for everyone' });
  await hint.fill('Look at the C library.');
  await hint.press('Enter');
  await expect(ana.page.getByRole('region', { name: 'Hints from your teacher' })).toContainText(
    'Hint for the class: Look at the C library.',
  );

  // The co-teacher's browser keeps the key: a reload comes back to the class.
  await co.reload();
  await expect(co.getByRole('region', { name: 'Class dashboard' })).toContainText(code);
  await expect(tile(co, 'Ana')).toBeVisible();

  // A teacher link with a made-up key opens nothing of the class.
  const forged = await (await browser.newContext()).newPage();
  await forged.goto(`${server.url}/?teach=${code}#key=${'x'.repeat(32)}`);
  await expect(forged.getByRole('alert')).toContainText('Wrong teacher key.');
  await expect(tile(forged, 'Ana')).toHaveCount(0);
});

test('a student’s top bar stays one row at 1280 × 720, whatever the live class says in it', async ({
  page,
  browser,
}) => {
  const code = await startClass(page);
  const ana = await joinByLink(browser, server.url, code, 'Ana');
  const student = ana.page;
  expect(student.viewportSize()).toEqual({ width: 1280, height: 720 });
  await expectTopBarOneRow(student);
  await student.getByRole('button', { name: 'Raise hand' }).click();
  await expect(student.getByRole('button', { name: 'Hand raised' })).toBeVisible();
  await expectTopBarOneRow(student);

  // The longest status there is.
  await student.context().setOffline(true);
  await expect(liveStatus(student)).toContainText('Offline: your work is kept');
  await expectTopBarOneRow(student);
  await student.context().setOffline(false);
  await expect(liveStatus(student)).toContainText(`${code} · Live`);

  // Another design opened: the way back to the class joins the bar, in both themes.
  await openTemplate(student, /figure 1\.1/);
  await expect(student.getByRole('button', { name: 'Back to the class design' })).toBeVisible();
  await expectTopBarOneRow(student);
  await chooseFromMenu(student, 'Present', /^Projector theme: off/);
  await expectTopBarOneRow(student);

  // The teacher back at their own design has the dashboard's button in the bar.
  await page.getByRole('button', { name: 'To the dashboard' }).click();
  await page.getByRole('button', { name: 'Back to my design' }).click();
  await expect(page.getByRole('button', { name: `Class ${code}: dashboard` })).toBeVisible();
  await expectTopBarOneRow(page);
});
